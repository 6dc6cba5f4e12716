namespace KapImmersive.Testing;

/// <summary>The checkout's top folder (where KapImmersive.sln is), found from the test assembly's folder upwards.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "KapImmersive.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException($"no KapImmersive.sln above {AppContext.BaseDirectory}");
    }
}
