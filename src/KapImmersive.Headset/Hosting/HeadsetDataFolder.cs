namespace KapImmersive.Headset.Hosting;

/// <summary>
/// The one folder where the device keeps what must outlive the app: the outbox (help requests not yet delivered) and
/// the session logs. It is never a path relative to wherever the app happened to be started: a configured relative
/// folder is taken beside the app; none configured means the user's local data folder (XDG_DATA_HOME or
/// ~/.local/share) under "kap", made when missing, and where that cannot be made, a folder beside the app.
/// </summary>
public static class HeadsetDataFolder
{
    public const string Name = "kap";

    /// <summary>Resolves the folder and makes it; where none could be made, the folder beside the app (the start-up check then says why).</summary>
    public static string Prepare(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var chosen = Path.GetFullPath(configured, AppContext.BaseDirectory);
            TryCreate(chosen, out _);
            return chosen;
        }

        var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (Path.IsPathFullyQualified(local) && TryCreate(Path.Combine(local, Name), out _))
        {
            return Path.Combine(local, Name);
        }

        var besideApp = Path.Combine(AppContext.BaseDirectory, "data");
        TryCreate(besideApp, out _);
        return besideApp;
    }

    /// <summary>Why <paramref name="folder"/> cannot be used, in one line, or null when it is there (made now if missing).</summary>
    public static string? Problem(string folder) => TryCreate(folder, out var reason)
        ? null
        : $"Kap:App:DataFolder: '{folder}' cannot be made ({reason}); set Kap:App:DataFolder to a writable folder for the outbox and the session logs";

    /// <summary>A setting's folder inside the data folder, unless it names an absolute folder of its own.</summary>
    public static string Within(string dataFolder, string folder) => Path.GetFullPath(folder, dataFolder);

    private static bool TryCreate(string folder, out string? reason)
    {
        try
        {
            Directory.CreateDirectory(folder);
            reason = null;
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            reason = ex.Message;
            return false;
        }
    }
}
