using KapImmersive.Rendering.Cameras;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KapImmersive.Rendering;

public static class RenderingHostExtensions
{
    /// <summary>
    /// Binds and validates <see cref="RenderingOptions"/> (refused at start when wrong) and offers the stereo rig they
    /// describe. GL contexts and renderers belong to the thread that draws, so the app makes them there.
    /// </summary>
    public static IHostApplicationBuilder AddRendering(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<RenderingOptions>().Bind(builder.Configuration.GetSection(RenderingOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<RenderingOptions>, RenderingOptionsValidator>();
        builder.Services.AddSingleton<StereoRig>(services => services.GetRequiredService<IOptions<RenderingOptions>>().Value.Rig());
        return builder;
    }
}
