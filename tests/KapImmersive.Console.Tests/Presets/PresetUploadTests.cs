using System.Net;
using System.Text;
using System.Text.Json;
using KapImmersive.Console.Tests.Support;
using KapImmersive.Core.Presets;
using KapImmersive.Testing;

namespace KapImmersive.Console.Tests.Presets;

/// <summary>
/// The presets page's check and upload, through HTTP against a real console: whatever is pasted comes back as
/// problems in plain words, the console stays up, and a preset is saved whole or not at all.
/// </summary>
public sealed class PresetUploadTests : IAsyncLifetime
{
    private static readonly string Ocean = File.ReadAllText(RepositoryRoot.Combine("environments", "ocean-twilight.json"));
    private ConsoleRig _console = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _console = await ConsoleRig.StartAsync([]);
        (_client, _) = await _console.ClientAsync();
        _client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", await ConsoleRig.CsrfAsync(_client));
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _console.DisposeAsync();
    }

    private string Uploads => Path.Combine(_console.Folder, "uploaded-presets");

    public static TheoryData<string, string> Hostile => new()
    {
        { "", "the preset is empty" },
        { "hello", "a preset starts with {" },
        { new string('[', 10_000), "nested more than 64 deep" },
        { Ocean.Replace("\"Ocean twilight\"", "\"x\\udfff\"", StringComparison.Ordinal), "half a character" },
        { Ocean.Replace("\"intensity\": 0.25,", "\"intensity\": 0.25, \"intensity\": 0.25,", StringComparison.Ordinal), "written a second time" },
        { Ocean.Replace("\"octave\": 3", "\"octave\": 2.5", StringComparison.Ordinal), "not a whole number" },
        { Ocean.Replace("\"intensity\": 0.25", "\"intensity\": 1e400", StringComparison.Ordinal), "1e400 is too high" },
        { Ocean.Replace("\"crossfadeSeconds\": 10,", "\"crossfadeSeconds\": 10, \"files\": [\"/usr/share/sounds/x.wav\"],", StringComparison.Ordinal), "is not a plain file name" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task A_hostile_preset_is_answered_with_its_problems_in_plain_words_and_nothing_is_saved(string text, string message)
    {
        using var check = await PostAsync("/api/presets/validate", text);
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        var problems = await ProblemsAsync(check);
        Assert.Contains(problems, p => p.Contains(message, StringComparison.Ordinal));
        Assert.All(problems, p => Assert.DoesNotContain("LineNumber", p, StringComparison.Ordinal));

        using var upload = await PostAsync("/api/presets", text);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, upload.StatusCode);
        Assert.Contains(await ProblemsAsync(upload), p => p.Contains(message, StringComparison.Ordinal));
        Assert.False(Directory.Exists(Uploads) && Directory.EnumerateFileSystemEntries(Uploads).Any(), "nothing saved");

        using var list = await _client.GetAsync(new Uri("/api/presets", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
    }

    [Fact]
    public async Task A_whole_number_written_as_3_0_uploads_and_loads()
    {
        var text = Ocean.Replace("\"id\": \"ocean-twilight\"", "\"id\": \"uploaded-ocean\"", StringComparison.Ordinal)
            .Replace("\"octave\": 3", "\"octave\": 3.0", StringComparison.Ordinal);
        using var upload = await PostAsync("/api/presets", text);
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        Assert.Equal(text, await File.ReadAllTextAsync(Path.Combine(Uploads, "uploaded-ocean.json")));
    }

    [Fact]
    public async Task Replacing_an_uploaded_preset_never_shows_a_half_written_file()
    {
        string Version(string name) => Ocean.Replace("\"id\": \"ocean-twilight\"", "\"id\": \"replaced-room\"", StringComparison.Ordinal)
            .Replace("\"Ocean twilight\"", $"\"{name}\"", StringComparison.Ordinal)
            .Replace("\"KapImmersive clinical team\"", $"\"{new string('a', 100)}\"", StringComparison.Ordinal);
        string[] versions = [Version("First version"), Version("Second version")];
        using (var first = await PostAsync("/api/presets", versions[0]))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        var file = Path.Combine(Uploads, "replaced-room.json");
        using var stop = new CancellationTokenSource();
        var seen = Task.Run(() =>
        {
            var (reads, partial) = (0, 0);
            while (!stop.IsCancellationRequested)
            {
                var text = File.ReadAllText(file);
                reads++;
                partial += versions.Contains(text) ? 0 : 1;
            }

            return (reads, partial);
        });
        for (var i = 0; i < 80; i++)
        {
            using var upload = await PostAsync("/api/presets", versions[i % 2]);
            Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        }

        await stop.CancelAsync();
        var (reads, partial) = await seen;
        Assert.True(reads > 80, $"the reader read {reads} times");
        Assert.Equal(0, partial);
        Assert.Equal(["replaced-room.json"], Directory.EnumerateFileSystemEntries(Uploads).Select(Path.GetFileName));
    }

    private async Task<HttpResponseMessage> PostAsync(string path, string text) =>
        await _client.PostAsync(new Uri(path, UriKind.Relative), new StringContent(text, Encoding.UTF8, "text/plain"));

    private static async Task<List<string>> ProblemsAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. body.RootElement.GetProperty("problems").EnumerateArray().Select(p => $"{p.GetProperty("line")}:{p.GetProperty("column")}: {p.GetProperty("message").GetString()}")];
    }
}
