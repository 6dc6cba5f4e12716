using KapImmersive.Console.Accounts;
using KapImmersive.Console.Demo;
using KapImmersive.Console.Live;
using KapImmersive.Console.Pairing;
using KapImmersive.Console.Presets;
using KapImmersive.Console.Record;
using KapImmersive.Console.Web;
using KapImmersive.Core.Commands;
using KapImmersive.Messaging.Broker;
using KapImmersive.Messaging.Consoles;
using KapImmersive.Messaging.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MQTTnet.AspNetCore;

namespace KapImmersive.Console.Hosting;

/// <summary>The console's wiring: options checked at start, broker (embedded or external), link, record, web security.</summary>
public static class ConsoleHostBuilderExtensions
{
    public static WebApplicationBuilder AddKapConsole(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ClinicOptions>().Bind(builder.Configuration.GetSection(ClinicOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ClinicOptions>, ClinicOptionsCheck>();

        // Which parts run is decided while composing; every value is checked with the rest when the console starts.
        var section = builder.Configuration.GetSection(ClinicOptions.Section);
        var defaults = new ClinicOptions();
        var demo = section.GetValue(nameof(ClinicOptions.Demo), defaults.Demo)
            ? DemoAccounts.Create(Math.Clamp(section.GetValue(nameof(ClinicOptions.DemoHeadsets), defaults.DemoHeadsets), 1, 50))
            : null;
        // Ahead of the broker, so the paired headsets' accounts are in it when it opens.
        AddPairing(builder.Services);
        if (section.GetValue(nameof(ClinicOptions.EmbeddedBroker), defaults.EmbeddedBroker))
        {
            var brokerPort = builder.Configuration.GetValue("Kap:Broker:Port", 1883);
            builder.Configuration.AddInMemoryCollection(BrokerAccounts.ForEmbeddedBroker(brokerPort, BrokerAccounts.NewPassword(), demo?.Headsets ?? []));

            // MQTT over WebSockets at /mqtt: MQTTnet.AspNetCore's connection handler, which the broker takes as one more
            // transport of its own server (only the handler: AddMqttServer would make a second server).
            builder.Services.AddConnections();
            builder.Services.AddMqttConnectionHandler();
            builder.AddKapBroker();
        }

        if (builder.Configuration[$"{ConsoleLinkOptions.Section}:ClientId"] is null)
        {
            // One persistent session for the live view and the record: what arrives while the console restarts waits for it.
            builder.Configuration.AddInMemoryCollection([new($"{ConsoleLinkOptions.Section}:ClientId",
                section.GetValue(nameof(ClinicOptions.RecordClientId), defaults.RecordClientId))]);
        }

        builder.AddConsoleLink();
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
            ConsoleListeners.Listen(kestrel, context.Configuration.GetSection(ClinicOptions.Section).Get<ClinicOptions>() ?? defaults));
        AddRecordAndLive(builder.Services);
        if (demo is not null)
        {
            builder.Services.AddSingleton(demo);
            builder.Services.AddHostedService<DemoPatients>();
        }

        builder.Services.AddConsoleWebSecurity();
        return builder;
    }

    /// <summary>
    /// The folder of this console's own files (uploaded presets, the sign-in keys): <see cref="ClinicOptions.DataFolder"/>,
    /// else beside a SQLite record, else "kap-console-data" in the working folder.
    /// </summary>
    public static string RecordFolder(this ClinicOptions clinic)
    {
        ArgumentNullException.ThrowIfNull(clinic);
        if (clinic.DataFolder is { } folder)
        {
            return Path.GetFullPath(folder);
        }

        return RecordLocation.TryParse(clinic.RecordDatabase, out var location, out _) && location.Kind == RecordStoreKind.Sqlite
            ? Path.GetDirectoryName(Path.GetFullPath(location.Value)) ?? "."
            : Path.GetFullPath("kap-console-data");
    }

    private static void AddPairing(IServiceCollection services)
    {
        services.AddSingleton<PairingCodes>();
        services.AddSingleton<PairingGuard>();
        services.AddSingleton(sp => new HeadsetPairing(sp.GetRequiredService<PairingCodes>(), sp.GetRequiredService<PairingGuard>(),
            sp.GetRequiredService<SessionRecord>(), sp.GetRequiredService<HeadsetBoard>(), sp.GetService<KapBroker>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<HeadsetPairing>>()));
        services.AddHostedService(sp => sp.GetRequiredService<HeadsetPairing>());
        services.AddSingleton<HeadsetAppFiles>();
    }

    private static void AddRecordAndLive(IServiceCollection services)
    {
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ClinicOptions>>().Value);
        services.AddSingleton(sp =>
        {
            var clinic = sp.GetRequiredService<ClinicOptions>();
            return SessionRecord.Open(clinic.RecordDatabase, clinic.FullSync, sp.GetRequiredService<ILogger<SessionRecord>>());
        });
        services.AddSingleton<ClinicianAccounts>();
        services.AddSingleton(sp =>
        {
            var clinic = sp.GetRequiredService<ClinicOptions>();
            return new SignInThrottle(clinic.WrongPasswordsAllowed, TimeSpan.FromSeconds(clinic.WrongPasswordWindowSeconds), sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton<TrustedDevices>();
        services.AddSingleton<DashboardHub>();
        services.AddSingleton(sp => new HeadsetBoard(sp.GetRequiredService<DashboardHub>(), sp.GetRequiredService<ClinicOptions>().VitalsMinutes));
        services.AddSingleton<AlertDesk>();
        services.AddSingleton<EventIntake>();
        services.AddSingleton(CommandCatalogue.Standard);
        services.AddSingleton<CommandFactory>();
        services.AddSingleton<CommandDesk>();
        services.AddSingleton<IReportRecorder, ConsoleRecorder>();
        services.AddHostedService<SharedRecordListener>();
        services.AddHostedService(sp => new NoticePump(sp.GetRequiredService<ConsoleLink>(), sp.GetRequiredService<HeadsetBoard>(),
            sp.GetRequiredService<SessionRecord>(), sp.GetRequiredService<AlertDesk>(), TimeSpan.FromSeconds(sp.GetRequiredService<ClinicOptions>().LostLinkAlertSeconds),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<NoticePump>>()));
        services.AddSingleton(sp =>
        {
            var clinic = sp.GetRequiredService<ClinicOptions>();
            return new PresetLibrary(Path.GetFullPath(clinic.PresetsFolder), clinic.UploadFolder ?? Path.Combine(clinic.RecordFolder(), "uploaded-presets"),
                sp.GetRequiredService<ConsoleLink>());
        });
        services.AddHostedService<PresetPublishing>();
        services.AddSingleton(sp => new PresetPreviews(sp.GetRequiredService<PresetLibrary>(), Path.GetFullPath(sp.GetRequiredService<ClinicOptions>().PresetsFolder)));
    }
}
