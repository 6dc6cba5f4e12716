using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace KapImmersive.Console.Hosting;

/// <summary>Builds the console for Program.cs, `kap console`, `kap demo` and the tests alike.</summary>
public static class ConsoleApp
{
    public static WebApplication Build(string[] args, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.AddKapConsole();
        var app = builder.Build();
        app.UseKapConsole();
        return app;
    }
}
