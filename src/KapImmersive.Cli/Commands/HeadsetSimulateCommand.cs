using System.CommandLine;
using System.Globalization;
using KapImmersive.Headset.Hosting;
using KapImmersive.Messaging.Headsets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MQTTnet;

namespace KapImmersive.Cli.Commands;

/// <summary>
/// `kap headset simulate --id H`: the headset app itself, headless (offscreen EGL, silent audio) unless told otherwise,
/// with a scripted patient who answers check-ins (by gaze dwell) and may press help, until Ctrl+C. It takes every switch
/// of the app, and its settings as the app reads them (Kap:Headset, Kap:App, Rendering) from --config FILE and the
/// environment (also KAP_-prefixed, as the app); the options given override both.
/// </summary>
internal sealed class HeadsetSimulateCommand : ICliCommand
{
    public string Name => "headset simulate";

    public string Summary => "runs the headset app headless with a scripted patient (--id is also its broker user)";

    public void Define(Command command, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(command);
        var switches = HeadsetSwitches.Create();
        var config = BrokerSettings.ConfigOption();
        var patient = new SimulatedPatientOptions();
        // Their ranges are the app's to check (Kap:App:FrameRate, Rendering:EyeWidth), in its own words.
        var fps = KapOptions.WholeNumber("--fps", "N", "frames a second (30)");
        var eyeSize = KapOptions.WholeNumber("--eye-size", "PIXELS", "each eye's width and height (256)");
        foreach (var option in switches)
        {
            command.Options.Add(option);
        }

        command.Options.Add(config);
        patient.AddTo(command);
        command.Options.Add(fps);
        command.Options.Add(eyeSize);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = HeadsetSwitches.Settings(parse, switches, console);
            var id = settings["Kap:Headset:HeadsetId"]!;
            settings["Kap:Headset:Link:UserName"] = id;
            settings["Kap:Headset:Software"] = "kap-headset-simulate";
            if (!settings.ContainsKey("Kap:App:PatientScript"))
            {
                settings["Kap:App:PatientScript"] = await patient.WriteScriptAsync(parse, id, cancellationToken);
            }

            if (parse.GetValue(fps) is { } frames)
            {
                settings["Kap:App:FrameRate"] = frames.ToString(CultureInfo.InvariantCulture);
            }

            if (parse.GetValue(eyeSize) is { } side)
            {
                settings["Rendering:EyeWidth"] = settings["Rendering:EyeHeight"] = side.ToString(CultureInfo.InvariantCulture);
            }

            return await RunAsync(id, parse.GetValue(config), settings, console, cancellationToken);
        });
    }

    private async Task<int> RunAsync(string id, string? config, Dictionary<string, string?> given, CliConsole console, CancellationToken cancellationToken)
    {
        // Only the sources the command names, in this order: a stray appsettings.json in the working folder is not the headset's.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production, DisableDefaults = true, Args = [] });
        builder.Configuration.AddInMemoryCollection(Defaults(console));
        if (config is not null)
        {
            builder.Configuration.AddJsonFile(console.Resolve(config), optional: false);
        }

        builder.Configuration.AddEnvironmentVariables().AddEnvironmentVariables("KAP_").AddInMemoryCollection(given);
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging")).AddConsole();
        builder.AddHeadsetApp();
        using var host = builder.Build();
        if (!StartupCheck.Passes(host, console.Error, $"kap {Name}", HeadsetSwitches.Explain))
        {
            return ExitCodes.Failed;
        }

        await host.StartAsync(cancellationToken);
        await console.Out.WriteLineAsync($"kap headset simulate: headset '{id}' running ({builder.Configuration["Kap:App:Display"]}); Ctrl+C brings the patient back gently and stops");
        var link = host.Services.GetRequiredService<HeadsetLink>();
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
        var broker = $"{builder.Configuration["Kap:Headset:Link:Host"] ?? "127.0.0.1"}:{builder.Configuration["Kap:Headset:Link:Port"] ?? "1883"}";
        var code = ExitCodes.Ok;
        if (await BrokerAnswerAsync(link, stopping.Token) is { } refusal)
        {
            // No retry will change this refusal (a wrong password, an unknown user): say so and stop rather than knock
            // forever, at once, for no console has seen this simulated headset.
            host.Services.GetRequiredService<HeadsetService>().StopWithoutReturn();
            await console.Error.WriteLineAsync($"kap headset simulate: the broker at {broker} refused headset '{id}': {refusal}; " +
                "check --password (or Kap:Headset:Link:Password) and the broker's users");
            code = ExitCodes.Failed;
        }
        else if (!stopping.IsCancellationRequested)
        {
            await console.Out.WriteLineAsync($"kap headset simulate: headset '{id}' connected to the broker at {broker}");
            await host.WaitForShutdownAsync(cancellationToken);
        }

        await host.StopAsync(CancellationToken.None);
        return code;
    }

    /// <summary>
    /// Null once the link is connected (or the app stopped first); the broker's refusal when it turned the headset away
    /// for who it is. A busy or starting broker's refusal is left to the link, which tries again.
    /// </summary>
    private static async Task<string?> BrokerAnswerAsync(HeadsetLink link, CancellationToken cancellationToken)
    {
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        try
        {
            while (!link.IsConnected)
            {
                if (link.LastRefusal is { } refusal and (MqttClientConnectResultCode.BadUserNameOrPassword or MqttClientConnectResultCode.NotAuthorized
                    or MqttClientConnectResultCode.ClientIdentifierNotValid or MqttClientConnectResultCode.Banned))
                {
                    return refusal.ToString();
                }

                await poll.WaitForNextTickAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C, or the app stopped by itself, before the broker answered: stop below.
        }

        return null;
    }

    /// <summary>What a simulated patient's headset is unless a setting or an option says otherwise: no window, no sound, small eyes at 30 frames a second.</summary>
    private static Dictionary<string, string?> Defaults(CliConsole console) => new(StringComparer.Ordinal)
    {
        ["Kap:App:PresetFolder"] = console.Resolve("environments"),
        ["Kap:App:Display"] = nameof(DisplayMode.Headless),
        ["Kap:App:AudioSink"] = nameof(AudioSinkKind.Null),
        ["Kap:App:FrameRate"] = "30",
        ["Kap:App:PreviewEnabled"] = "false",
        ["Rendering:EyeWidth"] = "256",
        ["Rendering:EyeHeight"] = "256",
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft"] = "Warning",
    };
}
