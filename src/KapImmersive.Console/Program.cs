using KapImmersive.Console.Hosting;

namespace KapImmersive.Console;

/// <summary>The console on its own (`dotnet KapImmersive.Console.dll`); `kap console` and `kap demo` run the same app.</summary>
internal static class Program
{
    public static async Task Main(string[] args)
    {
        await using var app = ConsoleApp.Build(args);
        await app.RunAsync();
    }
}
