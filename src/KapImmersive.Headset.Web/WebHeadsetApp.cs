using System.Diagnostics;
using KapImmersive.Audio.Mixing;
using KapImmersive.Core.Presets;
using KapImmersive.Core.Protocol;
using KapImmersive.Headset.Runtime.Links;
using KapImmersive.Headset.Runtime.Session;
using KapImmersive.Headset.Web.Display;
using KapImmersive.Headset.Web.Graphics;
using KapImmersive.Headset.Web.Sound;
using KapImmersive.Headset.Web.Storage;
using KapImmersive.Messaging.Connection;
using KapImmersive.Messaging.Headsets;
using KapImmersive.Rendering;
using KapImmersive.Rendering.Headless;

namespace KapImmersive.Headset.Web;

/// <summary>
/// The web headset's session, as the page drives it: the link to the console over WebSockets (its outbox in the
/// browser's storage, its presets from the console), then, once the patient has entered the room, the headset runtime's
/// session drawn by WebXR and heard through Web Audio, one frame each time the page's XR frame callback calls
/// <see cref="Frame"/>. Everything runs on the page's one thread.
/// </summary>
internal sealed class WebHeadsetApp : IAsyncDisposable
{
    /// <summary>The console publishes its presets retained; a moment after the last one arrives, they are all here.</summary>
    private static readonly TimeSpan PresetsSettle = TimeSpan.FromMilliseconds(400);

    private readonly HeadsetLink _link;
    private readonly SessionClock _clock;
    private readonly XrFrameData _frameData = new();
    private readonly PresetMusicFactory _music = new();
    private PresetCatalog _presets = new([]);
    private WebXrDisplay? _display;
    private HeadsetSession? _session;
    private double _firstFrameTime = double.NaN;
    private double _firstFrameAt;
    private double _lastFrameTime;

    private WebHeadsetApp(HeadsetLink link, SessionClock clock)
    {
        _link = link;
        _clock = clock;
    }

    public HeadsetSession? Session => _session;

    /// <summary>Connects to the console and waits (at most <paramref name="patience"/>) for its presets.</summary>
    public static async Task<WebHeadsetApp> ConnectAsync(string headsetId, string password, string webSocketUri, TimeSpan patience, CancellationToken cancellationToken)
    {
        var clock = new SessionClock(TimeProvider.System.GetUtcNow());
        var options = new HeadsetLinkOptions
        {
            HeadsetId = headsetId,
            Link = new LinkOptions { WebSocketUri = webSocketUri, UserName = headsetId, Password = password },
            OutboxFolder = "browser",
            Software = "kap-web-headset",
            FollowPresets = true,
        };
        var link = new HeadsetLink(options, clock, TimeProvider.System, new BrowserOutboxStore(headsetId));
        var app = new WebHeadsetApp(link, clock);
        await link.StartAsync(cancellationToken);
        await app.WaitConnectedAsync(patience, cancellationToken);
        if (app.IsConnected)
        {
            await app.WaitForPresetsAsync(patience, cancellationToken);
        }

        return app;
    }

    public bool IsConnected => _link.IsConnected;

    /// <summary>True when the broker refused this headset's name and password: it was revoked, or never paired here.</summary>
    public bool IsRefused => _link.LastRefusal is MQTTnet.MqttClientConnectResultCode.BadUserNameOrPassword or MQTTnet.MqttClientConnectResultCode.NotAuthorized;

    /// <summary>
    /// Measures each preset's music once, as a native headset does before its session, so a preset switch never stalls
    /// a frame: a fraction of a second a preset, with the page given a turn between them.
    /// </summary>
    public async Task PrepareSoundAsync()
    {
        foreach (var id in _presets.Ids)
        {
            if (_presets.TryGet(id, out var preset))
            {
                _music.Calibrate(preset);
                await Task.Yield();
            }
        }
    }

    public IEnumerable<string> PresetIds => _presets.Ids;

    /// <summary>
    /// The patient enters the room (the page's XR session and WebGL2 context are ready): the first time, the session
    /// starts in the first preset; after the headset came off and went back on, the same session goes on.
    /// </summary>
    public void Enter(bool withSound)
    {
        if (_session is not null)
        {
            _session.ReportWorn(true);
            _firstFrameTime = double.NaN;
            return;
        }

        if (!_presets.Ids.Any())
        {
            throw new InvalidOperationException("the console has sent no presets yet");
        }

        var gl = new WebGl();
        _display = new WebXrDisplay(gl, new RoomRenderer(gl, GlFlavour.Es30, new CanvasPanelArt()), _frameData);
        var start = _presets.TryGet(_presets.Ids.Order(StringComparer.Ordinal).First(), out var first) ? first : throw new InvalidOperationException("no preset");
        var parts = new HeadsetSessionParts
        {
            Link = new LinkSession(_link), Presets = _presets, StartPreset = start, Clock = _clock,
            Options = new HeadsetRuntimeOptions { PreviewEnabled = true },
        };
        _session = new HeadsetSession(parts, _display, withSound ? OpenSound : null);
    }

    /// <summary>One frame of the page's XR frame loop; <paramref name="timeMilliseconds"/> is the frame's time as WebXR gives it.</summary>
    public void Frame(double timeMilliseconds)
    {
        if (_session is null || _display is null)
        {
            return;
        }

        _frameData.Read();
        _display.Locate();
        if (double.IsNaN(_firstFrameTime))
        {
            _firstFrameTime = _lastFrameTime = timeMilliseconds;
            _firstFrameAt = Math.Max(_session.Now(), _session.Loop.LastFrame.Time);
        }

        var missed = timeMilliseconds - _lastFrameTime > 1000.0 / 60;
        _lastFrameTime = timeMilliseconds;
        _session.Frame(_firstFrameAt + ((timeMilliseconds - _firstFrameTime) / 1000), missed);
    }

    /// <summary>The one button: a controller's trigger, a pinch, a gaze-and-pinch.</summary>
    public void Select()
    {
        if (_display?.Input is { } input)
        {
            input.SelectPressed = true;
        }
    }

    /// <summary>The patient asks for help (a controller's B or Y): at the next frame, whatever is on screen.</summary>
    public void Help()
    {
        if (_display?.Input is { } input)
        {
            input.HelpPressed = true;
        }
    }

    /// <summary>The headset taken off (the XR session hidden or ended) or put back on.</summary>
    public void Worn(bool worn) => _session?.ReportWorn(worn);

    public async ValueTask DisposeAsync()
    {
        _session?.Dispose();
        _display?.Dispose();
        await _link.DisposeAsync();
    }

    private WebAudioSound OpenSound(Core.Scene.SceneFrame first) => new(first, _music);

    private async Task WaitConnectedAsync(TimeSpan patience, CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(patience);
        var watching = Stopwatch.StartNew();
        while (!_link.IsConnected && !IsRefused && watching.Elapsed < patience)
        {
            try
            {
                await _link.WaitConnectedAsync(wait.Token).WaitAsync(TimeSpan.FromMilliseconds(250), cancellationToken);
            }
            catch (Exception ex) when (ex is TimeoutException or OperationCanceledException)
            {
                // Still trying: the broker may be restarting; a refusal ends the wait at once.
            }
        }
    }

    private async Task WaitForPresetsAsync(TimeSpan patience, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < patience)
        {
            var changed = _link.PresetsChanged;
            var settle = _link.Presets.Count > 0 ? PresetsSettle : patience - deadline.Elapsed;
            if (await Task.WhenAny(changed, Task.Delay(settle, cancellationToken)) != changed && _link.Presets.Count > 0)
            {
                break;
            }
        }

        _presets = new PresetCatalog(_link.Presets.Values.Select(document => PresetParser.Parse(document)).Where(r => r.IsValid).Select(r => r.Preset!));
    }
}
