namespace Graph.Store.Neo4j;

/// <summary>The Neo4j status codes the client reasons about (https://neo4j.com/docs/status-codes/current/errors/all-errors/).</summary>
public static class Neo4jErrorCodes
{
    public const string TransientPrefix = "Neo.TransientError.";
    public const string ClientErrorPrefix = "Neo.ClientError.";
    public const string DeadlockDetected = "Neo.TransientError.Transaction.DeadlockDetected";
    public const string DatabaseUnavailable = "Neo.TransientError.General.DatabaseUnavailable";

    /// <summary>Transient by class but not retried: the transaction was killed on purpose (drivers agree).</summary>
    public const string TransactionTerminated = "Neo.TransientError.Transaction.Terminated";

    /// <summary>Transient by class but not retried: the lock client was stopped with its transaction.</summary>
    public const string LockClientStopped = "Neo.TransientError.Transaction.LockClientStopped";

    public const string Unauthorized = "Neo.ClientError.Security.Unauthorized";
    public const string Forbidden = "Neo.ClientError.Security.Forbidden";
    public const string SyntaxError = "Neo.ClientError.Statement.SyntaxError";
    public const string ConstraintValidationFailed = "Neo.ClientError.Schema.ConstraintValidationFailed";
    public const string TransactionNotFound = "Neo.ClientError.Request.Invalid";
}
