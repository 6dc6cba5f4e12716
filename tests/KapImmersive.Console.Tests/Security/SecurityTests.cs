using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using KapImmersive.Console.Live;
using KapImmersive.Console.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace KapImmersive.Console.Tests.Security;

/// <summary>Nothing without signing in, no change without the anti-forgery token, headers that keep scripts out, nothing that is not there.</summary>
public sealed partial class SecurityTests(ConsoleFixture fixture) : IClassFixture<ConsoleFixture>
{
    private readonly ConsoleRig _console = fixture.Console;

    [Fact]
    public async Task Every_page_and_endpoint_refuses_a_request_that_is_not_signed_in_even_with_a_valid_anti_forgery_token()
    {
        var (client, _) = await _console.ClientAsync(signIn: false);
        var page = await client.GetStringAsync(new Uri("/signin", UriKind.Relative));
        var token = WebUtility.HtmlDecode(TokenField().Match(page).Groups[1].Value);
        var routes = _console.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, e.RoutePattern.RawText!)))
            .Where(r => r.Item2 is not "/signin" and not "/favicon.ico")
            .ToList();
        Assert.True(routes.Count >= 20, $"only {routes.Count} routes found");
        // Open to anyone on purpose (docs/console.md, "Standalone headsets"): the headset's page, its pairing by code, and
        // MQTT over WebSockets, where the headset's own broker password is the key (ASP.NET maps a negotiate endpoint with
        // every connection handler; the broker's WebSocket needs none). Nothing else may join them.
        var openToHeadsets = routes.Where(r => r.Item2.StartsWith("/headset", StringComparison.Ordinal) || r.Item2.StartsWith("/mqtt", StringComparison.Ordinal))
            .Select(r => $"{r.Method} {r.Item2}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["GET /headset/{**path}", "GET /mqtt", "GET /mqtt/negotiate", "POST /headset/pair"], openToHeadsets);
        routes.RemoveAll(r => openToHeadsets.Contains($"{r.Method} {r.Item2}"));
        string[] files = ["/index.html", "/app.js", "/card.js", "/common.js", "/presets.html", "/timeline.js", "/signin.html", "/API/headsets"];
        foreach (var (method, pattern) in routes.Concat(files.Select(f => ("GET", f))))
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), Concrete(pattern));
            request.Headers.Add("X-CSRF-TOKEN", token);
            if (method == "POST")
            {
                request.Content = JsonContent.Create(new { type = "setDarkness", level = 1.0 });
            }

            using var response = await client.SendAsync(request);
            var refused = response.StatusCode == HttpStatusCode.Unauthorized
                || response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.AbsolutePath == "/signin";
            Assert.True(refused, $"{method} {pattern} answered {(int)response.StatusCode} to a request that was not signed in");
        }
    }

    [Fact]
    public async Task A_change_without_the_anti_forgery_token_is_refused_and_with_it_accepted()
    {
        var (client, _) = await _console.ClientAsync();
        var command = new { type = "setDarkness", args = new { level = 0.5 } };
        using (var without = await client.PostAsJsonAsync(new Uri("/api/headsets/room-a/commands", UriKind.Relative), command))
        {
            Assert.Equal(HttpStatusCode.BadRequest, without.StatusCode);
            Assert.Contains("anti-forgery", await without.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var signOutWithout = await client.PostAsync(new Uri("/signout", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.BadRequest, signOutWithout.StatusCode);

        await _console.StartHeadsetAsync("room-a");
        await Eventually.HoldsAsync(() => _console.Service<HeadsetBoard>().HasHeardFrom("room-a"), TimeSpan.FromSeconds(10), "the console hears from room-a");
        client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", await ConsoleRig.CsrfAsync(client));
        using var with = await client.PostAsJsonAsync(new Uri("/api/headsets/room-a/commands", UriKind.Relative), command);
        Assert.Equal(HttpStatusCode.OK, with.StatusCode);
    }

    [Theory]
    [InlineData("/API/headsets")]
    [InlineData("/Api/me")]
    [InlineData("/api/HEADSETS")]
    public async Task A_signed_out_api_request_in_any_casing_is_answered_401_not_redirected(string path)
    {
        var (client, _) = await _console.ClientAsync(signIn: false);
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("room-a")]
    [InlineData("anything-at-all")]
    public async Task A_preview_no_headset_has_sent_is_not_found_rather_than_an_empty_picture(string headsetId)
    {
        var (client, _) = await _console.ClientAsync();
        using var response = await client.GetAsync(new Uri($"/api/headsets/{headsetId}/preview", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_favicon_is_there_for_every_page_the_sign_in_page_included()
    {
        var (client, _) = await _console.ClientAsync(signIn: false);
        using var response = await client.GetAsync(new Uri("/favicon.ico", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/x-icon", response.Content.Headers.ContentType?.MediaType);
        var icon = await response.Content.ReadAsByteArrayAsync();
        Assert.True(icon.Length > 100 && icon[2] == 1, $"an icon file, got {icon.Length} bytes");
    }

    [Fact]
    public async Task A_session_the_record_does_not_hold_is_not_found()
    {
        var (client, _) = await _console.ClientAsync();
        using var page = await client.GetAsync(new Uri("/sessions/999", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("timeline.js", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var data = await client.GetAsync(new Uri("/api/sessions/999", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, data.StatusCode);
    }

    [Fact]
    public async Task Every_response_forbids_inline_script_sniffing_and_framing()
    {
        var (client, _) = await _console.ClientAsync();
        foreach (var path in new[] { "/", "/signin", "/api/headsets", "/public/console.css", "/app.js" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", string.Join(' ', response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("DENY", string.Join(' ', response.Headers.GetValues("X-Frame-Options")));
        }
    }

    [Fact]
    public void No_page_carries_inline_script_or_event_handler_attributes()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        foreach (var page in Directory.EnumerateFiles(root, "*.html"))
        {
            var html = File.ReadAllText(page);
            Assert.DoesNotMatch(InlineScript(), html);
            Assert.DoesNotMatch(HandlerAttribute(), html);
        }
    }

    private static Uri Concrete(string pattern) => new(pattern
        .Replace("{headsetId}", "room-a", StringComparison.Ordinal)
        .Replace("{sessionId:long}", "1", StringComparison.Ordinal)
        .Replace("{alertId:long}", "1", StringComparison.Ordinal)
        .Replace("{id}", "dusk-meadow", StringComparison.Ordinal), UriKind.Relative);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]*)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("\\son[a-z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex HandlerAttribute();
}
