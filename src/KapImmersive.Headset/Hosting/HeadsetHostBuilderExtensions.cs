using KapImmersive.Audio;
using KapImmersive.Core.Safety;
using KapImmersive.Headset.Runtime.Session;
using KapImmersive.Messaging.Headsets;
using KapImmersive.Messaging.Hosting;
using KapImmersive.Rendering;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KapImmersive.Headset.Hosting;

public static class HeadsetHostBuilderExtensions
{
    /// <summary>Short command-line switches for the settings a technician sets most.</summary>
    public static IReadOnlyDictionary<string, string> Switches { get; } = new Dictionary<string, string>
    {
        ["--id"] = "Kap:Headset:HeadsetId",
        ["--password"] = "Kap:Headset:Link:Password",
        ["--broker"] = "Kap:Headset:Link:Host",
        ["--port"] = "Kap:Headset:Link:Port",
        ["--presets"] = "Kap:App:PresetFolder",
        ["--preset"] = "Kap:App:StartPreset",
        ["--display"] = "Kap:App:Display",
        ["--xr-graphics"] = "Kap:App:XrGraphics",
        ["--audio"] = "Kap:App:AudioSink",
        ["--script"] = "Kap:App:PatientScript",
        ["--preview"] = "Kap:App:PreviewEnabled",
    };

    /// <summary>The whole headset app: its settings (checked at start), the link, the audio engine, the renderer, the session.</summary>
    public static IHostApplicationBuilder AddHeadsetApp(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var headsetId = builder.Configuration["Kap:Headset:HeadsetId"];
        if (string.IsNullOrEmpty(builder.Configuration["Kap:Headset:Link:UserName"]) && !string.IsNullOrEmpty(headsetId))
        {
            builder.Configuration["Kap:Headset:Link:UserName"] = headsetId;
        }

        PlaceInDataFolder(builder.Configuration, headsetId);
        builder.Services.AddOptions<HeadsetAppOptions>().Bind(builder.Configuration.GetSection(HeadsetAppOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<HeadsetAppOptions>, HeadsetAppOptionsCheck>();
        builder.Services.AddOptions<HeadsetRuntimeOptions>().Bind(builder.Configuration.GetSection(HeadsetRuntimeOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<HeadsetRuntimeOptions>>(new HeadsetRuntimeOptionsCheck());
        builder.Services.AddSingleton<IValidateOptions<HeadsetLinkOptions>, BrokerAddressCheck>();
        builder.AddHeadsetLink();
        builder.AddAudio();
        builder.AddRendering();
        builder.Services.AddSingleton<HeadsetService>();
        builder.Services.AddHostedService(services => services.GetRequiredService<HeadsetService>());
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownTimeout(builder.Configuration));
        return builder;
    }

    /// <summary>
    /// How long the host waits for the app to stop: the whole gentle return, and a margin to say goodbye to the broker.
    /// The return takes the configured seconds, or longer where the light or the music need longer to change at the
    /// safety rules' pace (a full darkness lifts over up to <see cref="SafetyBounds.MaxDarknessFullRangeSeconds"/> s):
    /// a host that gave up sooner would cut the patient's return short.
    /// </summary>
    private static TimeSpan ShutdownTimeout(IConfiguration configuration)
    {
        var returnSeconds = configuration.GetValue<double?>("Kap:App:ShutdownReturnSeconds") ?? new HeadsetRuntimeOptions().ShutdownReturnSeconds;
        var slowestRamp = Math.Max(SafetyBounds.MaxDarknessFullRangeSeconds, SafetyBounds.MaxVolumeFullRangeSeconds);
        return TimeSpan.FromSeconds(Math.Max(returnSeconds, slowestRamp) + 15);
    }

    /// <summary>
    /// Puts the outbox (one folder per headset id) and the session logs inside the data folder, made now; a data folder
    /// that cannot be made is reported by the start-up check, in one line, with the other settings' problems.
    /// </summary>
    private static void PlaceInDataFolder(IConfigurationManager configuration, string? headsetId)
    {
        var data = HeadsetDataFolder.Prepare(configuration["Kap:App:DataFolder"]);
        configuration["Kap:App:DataFolder"] = data;
        configuration["Kap:App:SessionLogFolder"] = HeadsetDataFolder.Within(data, configuration["Kap:App:SessionLogFolder"] is { Length: > 0 } logs ? logs : "session-logs");
        var outbox = configuration["Kap:Headset:OutboxFolder"] is { Length: > 0 } configured ? configured : "outbox";
        configuration["Kap:Headset:OutboxFolder"] = Path.IsPathFullyQualified(outbox) ? outbox : Path.Combine(HeadsetDataFolder.Within(data, outbox), headsetId ?? "");
    }
}
