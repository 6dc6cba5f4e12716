using System.Globalization;
using KapImmersive.Headset.Hosting;
using KapImmersive.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace KapImmersive.Headset.Tests.Support;

/// <summary>The headset app as a clinic runs it, on a test broker, keeping its session log and outbox in <paramref name="folder"/>.</summary>
internal static class HeadsetHost
{
    public static IHost Build(TestBroker broker, string headsetId, string folder, IReadOnlyDictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kap:Headset:HeadsetId"] = headsetId,
            ["Kap:Headset:Link:Port"] = broker.Port.ToString(CultureInfo.InvariantCulture),
            ["Kap:Headset:Link:Password"] = broker.Passwords[headsetId],
            ["Kap:Headset:OutboxFolder"] = Path.Combine(folder, "outbox"),
            ["Kap:App:PresetFolder"] = RepositoryRoot.Combine("environments"),
            ["Kap:App:SessionLogFolder"] = folder,
        }).AddInMemoryCollection(settings);
        builder.AddHeadsetApp();
        var host = builder.Build();
        Assert.True(StartupCheck.Passes(host, TextWriter.Null, "test"));
        return host;
    }
}
