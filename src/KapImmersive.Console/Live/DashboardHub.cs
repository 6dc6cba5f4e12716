using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;

namespace KapImmersive.Console.Live;

/// <summary>
/// Fans dashboard updates out to every open browser (server-sent events). Each message is serialised once; a browser
/// that stops reading loses its oldest card updates, never the connection of the others. A browser's stream ends when
/// its sign-in does.
/// </summary>
public sealed class DashboardHub
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly ConcurrentDictionary<Guid, (Channel<DashboardMessage> Channel, string SignIn)> _browsers = new();

    public int Browsers => _browsers.Count;

    public void Broadcast(string name, object data)
    {
        var message = new DashboardMessage(name, JsonSerializer.Serialize(data, Json));
        foreach (var (channel, _) in _browsers.Values)
        {
            channel.Writer.TryWrite(message);
        }
    }

    /// <summary>Ends the streams of one sign-in (signed out): a copy of its cookie stops hearing anything at once.</summary>
    public void End(string signIn)
    {
        foreach (var (channel, owner) in _browsers.Values)
        {
            if (string.Equals(owner, signIn, StringComparison.Ordinal))
            {
                channel.Writer.TryComplete();
            }
        }
    }

    /// <summary>Messages for one browser of <paramref name="signIn"/> until its request ends or the sign-in does.</summary>
    public async IAsyncEnumerable<DashboardMessage> ListenAsync(string signIn,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid();
        var channel = Channel.CreateBounded<DashboardMessage>(new BoundedChannelOptions(1024) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        _browsers[id] = (channel, signIn);
        try
        {
            while (await WaitToReadAsync(channel.Reader, cancellationToken))
            {
                while (channel.Reader.TryRead(out var message))
                {
                    yield return message;
                }
            }
        }
        finally
        {
            _browsers.TryRemove(id, out _);
        }
    }

    /// <summary>False once the browser's request ends: its stream closes quietly rather than with an exception.</summary>
    private static async Task<bool> WaitToReadAsync(ChannelReader<DashboardMessage> reader, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.WaitToReadAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public static string Serialize(object data) => JsonSerializer.Serialize(data, Json);
}
