// The import view's side panel: what importing does, for admins; a note that it is theirs for everyone else. The
// upload, the check's bad rows, the commit and the jobs are in the main area (ImportWorkspace).
import { useApp } from '../components/app-context.js';

export function ImportView() {
  const { t, me } = useApp();
  return (
    <p className="muted" data-testid="import-view">
      {me?.canChange ? t('import.intro') : t('import.adminsOnly')}
    </p>
  );
}
