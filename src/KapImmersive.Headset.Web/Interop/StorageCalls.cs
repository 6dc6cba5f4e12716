using System.Runtime.InteropServices.JavaScript;

namespace KapImmersive.Headset.Web.Interop;

/// <summary>The outbox in the browser's IndexedDB (wwwroot/storage.js), one database per headset id.</summary>
internal static partial class StorageCalls
{
    private const string Module = "kap";

    /// <returns>A JSON array of [sequence, payload] pairs.</returns>
    [JSImport("storage.read", Module)]
    public static partial Task<string> Read(string headsetId, string shelf);

    [JSImport("storage.write", Module)]
    public static partial Task Write(string headsetId, string shelf, double sequence, string payload);

    /// <summary>Queued at once; IndexedDB carries out a page's transactions in order.</summary>
    [JSImport("storage.move", Module)]
    public static partial Task Move(string headsetId, double sequence, string fromShelf, string toShelf);

    [JSImport("storage.remove", Module)]
    public static partial Task Remove(string headsetId, string shelf, double sequence);
}
