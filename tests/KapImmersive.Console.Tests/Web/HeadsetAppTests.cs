using System.Net;
using System.Net.Http.Headers;
using KapImmersive.Console.Tests.Support;

namespace KapImmersive.Console.Tests.Web;

/// <summary>
/// The web headset's files as the console serves them at /headset/, over HTTPS with the clinic's certificate: to anyone,
/// with the right types, precompressed when the browser takes it, revalidated on every load, and nothing outside the
/// folder or of an unknown type.
/// </summary>
public sealed class HeadsetAppTests(SecureConsoleFixture fixture) : IClassFixture<SecureConsoleFixture>
{
    [Fact]
    public async Task The_console_answers_https_with_the_clinics_own_certificate()
    {
        using var client = fixture.SecureClient(out var presented);
        using var page = await client.GetAsync(new Uri("/headset/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(fixture.Certificate.GetCertHashString(), presented()?.GetCertHashString());
        Assert.Equal("https", fixture.Console.SecureAddress.Scheme);
        Assert.NotEqual(fixture.Console.Address.Port, fixture.Console.SecureAddress.Port);
    }

    [Fact]
    public async Task The_page_is_open_to_anyone_and_headset_alone_leads_to_it()
    {
        using var client = fixture.SecureClient(out _);
        using var bare = await client.GetAsync(new Uri("/headset?room=2", UriKind.Relative));
        using var page = await client.GetAsync(new Uri("/headset/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, bare.StatusCode);
        Assert.Equal("/headset/?room=2", bare.Headers.Location?.OriginalString);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Web headset (test placeholder)", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebAssembly_goes_as_application_wasm_brotli_or_gzip_as_the_browser_takes_it()
    {
        using var client = fixture.SecureClient(out _);
        foreach (var (accept, coding) in new[] { ("gzip, deflate, br", "br"), ("gzip", "gzip"), ("br;q=0, gzip", "gzip"), ("identity", null) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/headset/room.wasm", UriKind.Relative));
            request.Headers.TryAddWithoutValidation("Accept-Encoding", accept);
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/wasm", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(coding is null ? [] : [coding], response.Content.Headers.ContentEncoding);
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
            Assert.Equal(HeadsetAppFolder.Wasm, coding is null ? body : HeadsetAppFolder.Decompress(body, coding));
        }
    }

    [Fact]
    public async Task Every_load_asks_again_so_a_console_update_reaches_the_headset_and_an_unchanged_file_costs_a_304()
    {
        using var client = fixture.SecureClient(out _);
        using var first = await client.GetAsync(new Uri("/headset/page.js", UriKind.Relative));
        Assert.Equal("no-cache", first.Headers.CacheControl?.ToString());
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);

        using var unchanged = new HttpRequestMessage(HttpMethod.Get, new Uri("/headset/page.js", UriKind.Relative));
        unchanged.Headers.IfNoneMatch.Add(tag);
        using var notModified = await client.SendAsync(unchanged);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        var script = Path.Combine(fixture.AppFolder, "page.js");
        File.AppendAllText(script, "\n// a new build\n");
        File.SetLastWriteTimeUtc(script, DateTime.UtcNow.AddSeconds(5));
        using var updated = new HttpRequestMessage(HttpMethod.Get, new Uri("/headset/page.js", UriKind.Relative));
        updated.Headers.IfNoneMatch.Add(tag);
        using var fresh = await client.SendAsync(updated);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.EndsWith("// a new build\n", await fresh.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_headset_may_compile_webassembly_and_it_may_open_a_socket_to_this_console_alone()
    {
        using var client = fixture.SecureClient(out _);
        using var headset = await client.GetAsync(new Uri("/headset/", UriKind.Relative));
        using var signIn = await client.GetAsync(new Uri("/signin", UriKind.Relative));

        var headsetPolicy = string.Join(';', headset.Headers.GetValues("Content-Security-Policy"));
        var secure = fixture.Console.SecureAddress;
        Assert.Contains("script-src 'self' 'wasm-unsafe-eval';", headsetPolicy, StringComparison.Ordinal);
        Assert.Contains($"connect-src 'self' wss://{secure.Host}:{secure.Port};", headsetPolicy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", headsetPolicy, StringComparison.Ordinal);
        Assert.DoesNotContain("wasm-unsafe-eval", string.Join(';', signIn.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/headset/../record.db")]
    [InlineData("/headset/%2e%2e/record.db")]
    [InlineData("/headset/..%2frecord.db")]
    [InlineData("/headset/.secret")]
    [InlineData("/headset/notes.unknowntype")]
    [InlineData("/headset/missing.js")]
    [InlineData("/headset/room.wasm.br")]
    public async Task Nothing_outside_the_folder_hidden_or_of_an_unknown_type_is_served(string path)
    {
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(fixture.AppFolder)!, "record.db"), "the clinic's record");
        using var client = fixture.SecureClient(out _);
        // As typed: no dot segment tidied away before it reaches the console.
        var raw = new Uri($"{fixture.Console.SecureAddress.GetLeftPart(UriPartial.Authority)}{path}", new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
        using var request = new HttpRequestMessage(HttpMethod.Get, raw);
        using var response = await client.SendAsync(request);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("the clinic's record", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_headsets_build_the_page_says_where_it_looked()
    {
        // A folder named in the settings must exist at start; this one goes away afterwards, as a removed build would.
        var missing = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"kap-no-headset-{Guid.NewGuid():N}")).FullName;
        await using var console = await ConsoleRig.StartAsync([], [new("Kap:Clinic:HeadsetAppFolder", missing)]);
        Directory.Delete(missing);
        var (client, _) = await console.ClientAsync(signIn: false);
        using var response = await client.GetAsync(new Uri("/headset/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains($"its folder {missing} does not exist", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
