using KapImmersive.Rendering.Cameras;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KapImmersive.Rendering.Tests;

public sealed class RenderingOptionsTests
{
    [Fact]
    public void Configured_settings_reach_the_stereo_rig()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration["Rendering:InterpupillaryMetres"] = "0.06";
        builder.AddRendering();
        using var host = builder.Build();

        Assert.Equal(0.06f, host.Services.GetRequiredService<StereoRig>().InterpupillaryMetres);
    }

    [Fact]
    public async Task Settings_out_of_range_stop_the_app_at_start_naming_the_setting()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration["Rendering:EyeWidth"] = "5";
        builder.Configuration["Rendering:InterpupillaryMetres"] = "0.2";
        builder.AddRendering();
        using var host = builder.Build();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(CancellationToken.None));
        Assert.Contains("Rendering:EyeWidth", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Rendering:InterpupillaryMetres", failure.Message, StringComparison.Ordinal);
    }
}
