namespace KapImmersive.Messaging.Tests.Support;

/// <summary>
/// Fresh folders in memory (/dev/shm) where there is one: an outbox syncs every event, and thousands of syncs a second
/// on a busy shared disk would measure the disk, not the link.
/// </summary>
internal static class MemoryFolders
{
    public static string Create(string name)
    {
        var root = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        return Directory.CreateDirectory(Path.Combine(root, $"kap-messaging-{name}-{Guid.NewGuid():N}")).FullName;
    }
}
