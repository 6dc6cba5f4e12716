namespace KapImmersive.Console.Tests.Support;

/// <summary>One PostgreSQL server for every test of the group, started when the first test asks for it.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private readonly Lazy<Task<PostgresServer>> _server = new(() => PostgresServer.StartAsync());

    internal Task<PostgresServer> ServerAsync() => _server.Value;

    /// <summary>A fresh, empty database on the shared server: its connection string.</summary>
    public async Task<string> NewDatabaseAsync() => await (await ServerAsync()).CreateDatabaseAsync();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_server.IsValueCreated)
        {
            await (await _server.Value).DisposeAsync();
        }
    }
}
