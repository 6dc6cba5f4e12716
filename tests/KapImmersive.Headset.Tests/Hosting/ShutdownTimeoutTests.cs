using KapImmersive.Core.Safety;
using KapImmersive.Headset.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KapImmersive.Headset.Tests.Hosting;

/// <summary>The host waits out the longest gentle return the safety rules can ask for, never cutting a patient's return short.</summary>
public sealed class ShutdownTimeoutTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), $"kap-shutdown-{Guid.NewGuid():N}");

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Theory]
    [InlineData(30)]
    [InlineData(300)]
    public void The_host_waits_for_the_slowest_return_the_safety_rules_allow(double returnSeconds)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, Args = [] });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kap:App:DataFolder"] = _data,
            ["Kap:App:ShutdownReturnSeconds"] = returnSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        builder.AddHeadsetApp();
        using var host = builder.Build();

        var timeout = host.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout;

        // A full darkness lifting at the slowest pace a preset may set takes this long, whatever the configured return.
        var slowest = Math.Max(returnSeconds, Math.Max(SafetyBounds.MaxDarknessFullRangeSeconds, SafetyBounds.MaxVolumeFullRangeSeconds));
        Assert.True(timeout.TotalSeconds > slowest, $"the host gives up after {timeout.TotalSeconds} s; a return can take {slowest} s");
    }
}
