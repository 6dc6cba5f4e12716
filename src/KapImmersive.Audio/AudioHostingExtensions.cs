using KapImmersive.Audio.Output;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KapImmersive.Audio;

public static class AudioHostingExtensions
{
    /// <summary>Registers the audio engine's options (section "Audio", validated at start) and its output chooser.</summary>
    public static IHostApplicationBuilder AddAudio(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<AudioOptions>().Bind(builder.Configuration.GetSection(AudioOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<AudioOptions>, AudioOptionsValidator>();
        builder.Services.AddSingleton<AudioOutputs>();
        return builder;
    }
}
