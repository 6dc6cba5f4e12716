using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KapImmersive.Console.Live;
using KapImmersive.Console.Record;
using KapImmersive.Console.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace KapImmersive.Console.Tests.Web;

/// <summary>
/// The command endpoint under bad input (issue 16): every refusal is a plain reason with the security headers, and
/// leaves the session record exactly as it was; a command to a headset never seen is refused at once.
/// </summary>
public sealed class CommandEndpointTests : IAsyncLifetime
{
    private ConsoleRig _console = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _console = await ConsoleRig.StartAsync(["room-1"], alsoMap: app =>
            app.MapGet("/api/test/failure", (HttpContext _) => throw new InvalidOperationException("a failure inside the console")));
        await _console.StartHeadsetAsync("room-1");
        await Eventually.HoldsAsync(() => _console.Service<HeadsetBoard>().HasHeardFrom("room-1"), TimeSpan.FromSeconds(10), "the console hears from room-1");
        (_client, _) = await _console.ClientAsync();
        _client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", await ConsoleRig.CsrfAsync(_client));
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _console.DisposeAsync();
    }

    /// <summary>Each case by a short name (theory names stay readable): the body, and the status and reason it gets.</summary>
    private static readonly Dictionary<string, (Func<string> Body, HttpStatusCode Status, string Reason)> Refusals = new(StringComparer.Ordinal)
    {
        ["a 5 MB type"] = (() => Json(new { type = new string('x', 5_000_000) }), HttpStatusCode.RequestEntityTooLarge,
            "a command is at most 65536 bytes; this one is larger"),
        ["a 5 MB message"] = (() => Json(new { type = "showMessage", args = new { text = new string('a', 5_000_000) } }), HttpStatusCode.RequestEntityTooLarge,
            "a command is at most 65536 bytes"),
        ["a message one character too long"] = (() => Json(new { type = "showMessage", args = new { text = new string('a', 141) } }), HttpStatusCode.BadRequest,
            "args.text is 141 characters long; at most 140 are allowed"),
        ["a prompt one character too long"] = (() => Json(new { type = "requestCheckIn", args = new { prompt = new string('?', 81) } }), HttpStatusCode.BadRequest,
            "args.prompt is 81 characters long; at most 80 are allowed"),
        ["a 5,000 character type"] = (() => Json(new { type = new string('x', 5_000) }), HttpStatusCode.BadRequest,
            $"unknown command type '{new string('x', 40)}…'; known types: clearMessage, endSession"),
        ["issue 16's setVolume to 1e400, as it was sent"] = (() => """{"type":"setVolume","level":1e400}""", HttpStatusCode.BadRequest,
            "'level' is not a field of a command"),
        ["a level of 1e400"] = (() => """{"type": "setVolume", "args": {"level": 1e400}}""", HttpStatusCode.BadRequest,
            "args.level: 1e400 is not a finite number; use 0 to 1"),
        ["a level of NaN"] = (() => """{"type": "setVolume", "args": {"level": NaN}}""", HttpStatusCode.BadRequest, "the body is not valid JSON"),
        ["a level of 'Infinity'"] = (() => """{"type": "setVolume", "args": {"level": "Infinity"}}""", HttpStatusCode.BadRequest,
            "args.level: wrong type of value: 'Infinity' is not a number"),
        ["a level out of range"] = (() => """{"type": "setDarkness", "args": {"level": 1.5}}""", HttpStatusCode.BadRequest,
            "args.level: 1.5 is out of range; use 0 to 1"),
        ["arguments outside args"] = (() => """{"type": "setDarkness", "level": 0.5}""", HttpStatusCode.BadRequest,
            "'level' is not a field of a command; send {\"type\": ..., \"args\": {...}}"),
        ["an argument the type does not take"] = (() => """{"type": "setDarkness", "args": {"level": 0.5, "mood": "calm"}}""", HttpStatusCode.BadRequest,
            "args.mood is not an argument of setDarkness; it takes level, seconds"),
        ["a lone surrogate"] = (() => """{"type": "showMessage", "args": {"text": "x\udfff"}}""", HttpStatusCode.BadRequest,
            "args.text: wrong type of value: text that is not valid Unicode"),
        ["the headset's own report"] = (() => """{"type": "reportHeadsetWorn", "args": {"worn": false}}""", HttpStatusCode.BadRequest,
            "reportHeadsetWorn comes from the headset itself"),
        ["a patient's command"] = (() => """{"type": "requestHelp"}""", HttpStatusCode.BadRequest, "requestHelp is not a clinician's command"),
        ["not an object"] = (() => "[1, 2]", HttpStatusCode.BadRequest, "a command is a JSON object"),
    };

    public static TheoryData<string> RefusedBodies() => [.. Refusals.Keys];

    [Theory]
    [MemberData(nameof(RefusedBodies))]
    public async Task A_command_the_protocol_does_not_allow_is_refused_with_a_reason_and_the_record_does_not_grow(string refusal)
    {
        var (body, status, reason) = Refusals[refusal];
        var before = RecordSize();
        var card = _console.Service<HeadsetBoard>().Find("room-1");

        using var response = await PostAsync("room-1", body());

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(reason, await ProblemAsync(response), StringComparison.Ordinal);
        AssertSecurityHeaders(response);
        Assert.Equal(before, RecordSize());
        Assert.Equal(card?.LastOutcome, _console.Service<HeadsetBoard>().Find("room-1")?.LastOutcome);
    }

    [Fact]
    public async Task A_command_to_a_headset_never_seen_is_refused_at_once_without_a_session_record()
    {
        var sessions = _console.Service<SessionRecord>().Sessions().Count;
        var clock = Stopwatch.StartNew();

        using var response = await PostAsync("room-99", """{"type": "setDarkness", "args": {"level": 0.5}}""");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("no headset 'room-99' has ever connected to this console; check the id shown on the headset", await ProblemAsync(response));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}, as long as waiting for the command timeout");
        Assert.Equal(sessions, _console.Service<SessionRecord>().Sessions().Count);
        Assert.DoesNotContain(_console.Service<SessionRecord>().Sessions(), s => s.HeadsetId == "room-99");
        Assert.False(_console.Service<HeadsetBoard>().HasHeardFrom("room-99"));
    }

    [Fact]
    public async Task A_good_command_is_carried_out_and_recorded_once_with_its_outcome()
    {
        var before = RecordSize();

        using var response = await PostAsync("room-1", """{"type": "setDarkness", "args": {"level": 0.6, "seconds": 20}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<CommandReport>();
        Assert.Equal(("setDarkness", "darkness to 0.6 over 20 s"), (report!.Type, report.Summary));
        Assert.Contains(report.Outcome, new[] { "applied", "slowed" });
        Assert.Equal(before + 2, RecordSize());
    }

    [Fact]
    public async Task A_failure_inside_the_console_answers_500_with_a_reason_and_the_security_headers()
    {
        using var response = await _client.GetAsync(new Uri("/api/test/failure", UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("the console could not handle this request; the error is in its log", await ProblemAsync(response));
        AssertSecurityHeaders(response);
    }

    private async Task<HttpResponseMessage> PostAsync(string headsetId, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        return await _client.PostAsync(new Uri($"/api/headsets/{headsetId}/commands", UriKind.Relative), content);
    }

    private static string Json(object body) => JsonSerializer.Serialize(body);

    private int RecordSize()
    {
        var record = _console.Service<SessionRecord>();
        return record.Sessions().Sum(s => record.Entries(s.Id).Count);
    }

    private static async Task<string?> ProblemAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("problem").GetString();
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.Contains("script-src 'self'", string.Join(' ', response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal("nosniff", string.Join(' ', response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", string.Join(' ', response.Headers.GetValues("X-Frame-Options")));
    }
}
