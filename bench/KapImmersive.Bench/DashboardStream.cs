namespace KapImmersive.Bench;

/// <summary>Reads a console's dashboard stream (server-sent events) as a browser does, until the benchmark cancels it.</summary>
internal static class DashboardStream
{
    /// <summary>Hands the data of every event named <paramref name="eventName"/> to <paramref name="take"/>, in order.</summary>
    public static async Task ReadAsync(HttpClient client, string eventName, Action<string> take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(take);
        using var response = await client.GetAsync(new Uri("/api/stream", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
        var name = "";
        try
        {
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    name = line[7..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal) && name == eventName)
                {
                    take(line[6..]);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The benchmark is over.
        }
    }
}
