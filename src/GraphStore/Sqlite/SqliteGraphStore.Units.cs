using Microsoft.Data.Sqlite;

namespace Graph.Store.Sqlite;

/// <summary>
/// Units of work: one transaction around everything a caller does through the store (a document's rows and ledger row,
/// the merges and event re-keys after it, the place edges it relinks), so that a crash keeps all of it or none. Inside a
/// unit every statement of the writer's connection runs in its transaction, and what would begin a transaction of its
/// own (a write, a merge, a retraction) joins it instead.
/// </summary>
public sealed partial class SqliteGraphStore
{
    private SqliteTransaction? _unit;

    public async Task<T> AtomicallyAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if (_unit is not null)
        {
            return await work(cancellationToken); // part of the unit around it
        }

        T result;
        await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken);
        _unit = transaction;
        try
        {
            result = await work(cancellationToken);
            using (StoreTiming.Start("unit commit"))
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            _unit = null; // not committed: disposing the transaction rolls it back
        }

        // The search index's pending pairs, if the unit's writes left as many as the cap: between transactions (MergePendingGramsAsync).
        await MergePendingGramsAsync(PendingCap, cancellationToken);
        return result;
    }

    /// <summary>A command on the writer's connection, in the open unit's transaction if there is one.</summary>
    private SqliteCommand NewCommand()
    {
        var command = _connection.CreateCommand();
        command.Transaction = _unit;
        return command;
    }

    /// <summary>A transaction of the store's own (committed by <see cref="Scope.CommitAsync"/>), or the open unit's (committed by the unit).</summary>
    private async Task<Scope> BeginAsync(CancellationToken cancellationToken) =>
        _unit is { } unit ? new Scope(unit, Owned: false) : new Scope((SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken), Owned: true);

    private sealed record Scope(SqliteTransaction Transaction, bool Owned) : IAsyncDisposable
    {
        public Task CommitAsync(CancellationToken cancellationToken) => Owned ? Transaction.CommitAsync(cancellationToken) : Task.CompletedTask;

        public ValueTask DisposeAsync() => Owned ? Transaction.DisposeAsync() : ValueTask.CompletedTask;
    }
}
