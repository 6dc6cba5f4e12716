using KapImmersive.Audio.Output;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KapImmersive.Audio.Tests.Output;

public sealed class AudioOptionsTests
{
    [Fact]
    public void AddAudio_binds_the_Audio_section_and_gives_the_output_chooser()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["Audio:Output"] = "null";
        builder.Configuration["Audio:BufferMilliseconds"] = "300";
        builder.AddAudio();
        using var host = builder.Build();
        var outputs = host.Services.GetRequiredService<AudioOutputs>();
        Assert.Equal(300, outputs.Options.BufferMilliseconds);
        using var sink = outputs.Open(out var message);
        Assert.IsType<NullSink>(sink);
        Assert.Null(message);
    }

    [Fact]
    public async Task Invalid_settings_stop_the_host_at_start_saying_what_is_wrong()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["Audio:Output"] = "speakers";
        builder.Configuration["Audio:PeriodMilliseconds"] = "1";
        builder.AddAudio();
        using var host = builder.Build();
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("Audio:Output 'speakers' is not one of auto, pulse, null", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Audio:PeriodMilliseconds must be 5 to 100", failure.Message, StringComparison.Ordinal);
    }
}
