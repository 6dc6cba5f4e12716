using KapImmersive.Headset.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, EnvironmentName = Environments.Production });
builder.Configuration.AddEnvironmentVariables("KAP_").AddCommandLine(args, HeadsetHostBuilderExtensions.Switches.ToDictionary());
builder.AddHeadsetApp();
using var host = builder.Build();
if (!StartupCheck.Passes(host, Console.Error, "kap-headset"))
{
    return 2;
}

await host.RunAsync();
return Environment.ExitCode;
