// Neo4j errors are classified by their status code, never by message text. The codes below are the ones Neo4j 5
// and the JavaScript driver send (Neo4j's status-code list); tests/integration/db-errors.spec.ts produces several
// of them from a real Neo4j and checks what the API answers.
import { describe, expect, it } from 'vitest';
import { classifyNeo4jCode, parseStatusCode } from '../../server/db-errors.js';

describe('classifyNeo4jCode', () => {
  it.each([
    ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'memory'],
    ['Neo.TransientError.General.OutOfMemoryError', 'memory'],
    ['ServiceUnavailable', 'unavailable'],
    ['SessionExpired', 'unavailable'],
    ['Neo.TransientError.General.DatabaseUnavailable', 'unavailable'],
    ['Neo.TransientError.Cluster.ReplicationFailure', 'unavailable'],
    ['Neo.TransientError.Cluster.NotALeader', 'unavailable'],
    ['Neo.ClientError.Transaction.TransactionTimedOut', 'timeout'],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'timeout'],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 'conflict'],
    ['Neo.ClientError.Procedure.ProcedureNotFound', 'missing-procedure'],
    ['Neo.TransientError.Transaction.DeadlockDetected', 'busy'],
    ['Neo.TransientError.Transaction.LockClientStopped', 'busy'],
    ['Neo.TransientError.Transaction.Terminated', 'busy'],
    ['Neo.ClientError.Security.Unauthorized', 'sign-in'],
    ['Neo.ClientError.Security.Forbidden', 'sign-in'],
    ['Neo.ClientError.Security.AuthenticationRateLimit', 'sign-in'],
  ] as const)('%s is %s', (code, kind) => {
    expect(classifyNeo4jCode(code)).toBe(kind);
  });

  it.each([
    'Neo.ClientError.Statement.SyntaxError',
    'Neo.ClientError.Statement.ArithmeticError',
    'Neo.ClientError.Statement.TypeError',
    'Neo.ClientError.Statement.ParameterMissing',
    'Neo.ClientError.Schema.ConstraintWithNameAlreadyExists',
    'Neo.DatabaseError.General.UnknownError',
    'Neo.ClientError.Cluster.NotALeader',
    'ProtocolError',
    '',
  ])('%s is a defect, masked', (code) => {
    expect(classifyNeo4jCode(code)).toBeNull();
  });

  it('reads the code, not the message: a timeout title elsewhere than the Transaction category is no timeout', () => {
    expect(classifyNeo4jCode('Neo.ClientError.Statement.TransactionTimedOut')).toBeNull();
    expect(classifyNeo4jCode(undefined)).toBeNull();
  });

  it('splits a status code into its parts and refuses the driver codes', () => {
    expect(parseStatusCode('Neo.ClientError.Schema.ConstraintValidationFailed')).toEqual({
      classification: 'ClientError',
      category: 'Schema',
      title: 'ConstraintValidationFailed',
    });
    expect(parseStatusCode('ServiceUnavailable')).toBeNull();
    expect(parseStatusCode('Neo.ClientError.Schema')).toBeNull();
  });
});
