// Following an import job of the web app by its id (importJob) until it is no longer running.
import type { gqlClient } from './gql.js';
import { waitFor } from './poll.js';

/** The job's last state, with the fields asked for. */
export async function finishedJob(client: ReturnType<typeof gqlClient>, id: string, fields: string): Promise<any> {
  let job: any;
  await waitFor(`import job ${id}`, async () => {
    job = (await client.data(`query($id: ID!) { importJob(id: $id) { ${fields} } }`, { id })).importJob;
    return job.status !== 'RUNNING';
  });
  return job;
}
