namespace KapImmersive.Console.Tests.Support;

/// <summary>
/// A fresh folder for a headset's outbox, in memory (/dev/shm) where there is one: the outbox syncs each event to disk,
/// which on a busy shared disk takes long enough to starve a stream of events.
/// </summary>
internal static class FastFolder
{
    public static string Create(string name)
    {
        var root = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        var folder = Path.Combine(root, "kap-console-tests", $"{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
