using KapImmersive.Core.Protocol;
using KapImmersive.Messaging.Broker;
using KapImmersive.Messaging.Consoles;
using KapImmersive.Messaging.Headsets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MQTTnet.Server;

namespace KapImmersive.Messaging.Hosting;

/// <summary>The messaging adapter's wiring for the apps: options bound from configuration, checked at start.</summary>
public static class MessagingHostBuilderExtensions
{
    /// <summary>
    /// The embedded broker, from "Kap:Broker", started and stopped with the host. Every <see cref="IMqttServerAdapter"/>
    /// the app registers (the console's MQTT over WebSockets) is one more way into this same broker.
    /// </summary>
    public static IHostApplicationBuilder AddKapBroker(this IHostApplicationBuilder builder)
    {
        AddOptions<BrokerOptions>(builder, BrokerOptions.Section, o => o.Problems());
        builder.Services.AddSingleton(sp => new KapBroker(sp.GetRequiredService<IOptions<BrokerOptions>>().Value, sp.GetRequiredService<TimeProvider>(),
            sp.GetServices<IMqttServerAdapter>()));
        builder.Services.AddHostedService<BrokerHostedService>();
        return builder;
    }

    /// <summary>
    /// A headset's link, from "Kap:Headset"; the headset app starts it and drives it from its frame loop. It stamps its
    /// messages with the app's one <see cref="SessionClock"/>, the same the session log and telemetry read.
    /// </summary>
    public static IHostApplicationBuilder AddHeadsetLink(this IHostApplicationBuilder builder)
    {
        AddOptions<HeadsetLinkOptions>(builder, HeadsetLinkOptions.Section, o => o.Problems());
        builder.Services.TryAddSingleton(sp => new SessionClock(sp.GetRequiredService<TimeProvider>().GetUtcNow()));
        builder.Services.AddSingleton(sp => new HeadsetLink(sp.GetRequiredService<IOptions<HeadsetLinkOptions>>().Value,
            sp.GetRequiredService<SessionClock>(), sp.GetRequiredService<TimeProvider>()));
        return builder;
    }

    /// <summary>The console's link, from "Kap:Console", connected for the host's lifetime; it records through the <see cref="IReportRecorder"/> registered, if any.</summary>
    public static IHostApplicationBuilder AddConsoleLink(this IHostApplicationBuilder builder)
    {
        AddOptions<ConsoleLinkOptions>(builder, ConsoleLinkOptions.Section, o => o.Problems());
        builder.Services.AddSingleton(sp => new ConsoleLink(sp.GetRequiredService<IOptions<ConsoleLinkOptions>>().Value, sp.GetRequiredService<TimeProvider>(),
            sp.GetService<IReportRecorder>()));
        return builder;
    }

    private static void AddOptions<T>(IHostApplicationBuilder builder, string section, Func<T, IEnumerable<string>> problems)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddOptions<T>().Bind(builder.Configuration.GetSection(section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<T>>(new OptionsCheck<T>(problems));
    }
}
