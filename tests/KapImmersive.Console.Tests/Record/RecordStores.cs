using KapImmersive.Console.Record;
using KapImmersive.Console.Tests.Support;

namespace KapImmersive.Console.Tests.Record;

/// <summary>Fresh records on either store for the parameterised tests: a SQLite file in a temporary folder, or a new PostgreSQL database.</summary>
internal sealed class RecordStores(PostgresFixture postgres) : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "kap-console-tests", Guid.NewGuid().ToString("N"))).FullName;

    public static TheoryData<RecordStoreKind> Both => [RecordStoreKind.Sqlite, RecordStoreKind.PostgreSql];

    public string Folder => _folder;

    /// <summary>Where a new, empty record would be: a file's path or a connection string.</summary>
    public async Task<string> NewAsync(RecordStoreKind kind) =>
        kind == RecordStoreKind.Sqlite ? Path.Combine(_folder, $"{Guid.NewGuid():N}.db") : await postgres.NewDatabaseAsync();

    public async Task<SessionRecord> OpenNewAsync(RecordStoreKind kind) => SessionRecord.Open(await NewAsync(kind));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
