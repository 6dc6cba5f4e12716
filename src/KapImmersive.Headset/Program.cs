using KapImmersive.Headset.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, EnvironmentName = Environments.Production });
builder.Configuration.AddEnvironmentVariables("KAP_").AddCommandLine(args, HeadsetHostBuilderExtensions.Switches.ToDictionary());
builder.AddHeadsetApp();
using var host = builder.Build();
try
{
    host.Services.GetRequiredService<IStartupValidator>().Validate();
}
catch (Exception ex) when (ex is OptionsValidationException or AggregateException or InvalidOperationException)
{
    var failures = (ex is AggregateException all ? all.InnerExceptions : [ex]).SelectMany(e => e switch
    {
        OptionsValidationException validation => validation.Failures,
        { InnerException: { } inner } => [$"{e.Message} {inner.Message}"],
        _ => [e.Message],
    });
    Console.Error.WriteLine("kap-headset cannot start:");
    foreach (var failure in failures)
    {
        Console.Error.WriteLine($"  - {failure}");
    }

    return 2;
}

await host.RunAsync();
return Environment.ExitCode;
