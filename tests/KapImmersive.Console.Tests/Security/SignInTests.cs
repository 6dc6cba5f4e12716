using System.Net;
using KapImmersive.Console.Tests.Support;

namespace KapImmersive.Console.Tests.Security;

/// <summary>
/// Signing in and out, as an attacker would try it. Each test guesses at its own clinician from its own loopback
/// addresses (127.0.0.x), so one test's locks never reach another's.
/// </summary>
public sealed class SignInTests(ConsoleFixture fixture) : IClassFixture<ConsoleFixture>
{
    private const string Wrong = "not-the-password";
    private readonly ConsoleRig _console = fixture.Console;

    [Fact]
    public async Task A_copy_of_the_cookie_stops_working_when_its_owner_signs_out_and_its_open_stream_ends()
    {
        var (owner, cookies) = await _console.ClientAsync();
        var (thief, thiefCookies) = await _console.ClientAsync(signIn: false, from: "127.0.0.20");
        thiefCookies.Add(cookies.GetAllCookies());
        using (var before = await thief.GetAsync(new Uri("/api/me", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using var stream = await thief.GetAsync(new Uri("/api/stream", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, stream.StatusCode);
        var streamEnds = stream.Content.ReadAsStringAsync();

        owner.DefaultRequestHeaders.Add("X-CSRF-TOKEN", await ConsoleRig.CsrfAsync(owner));
        using (var signOut = await owner.PostAsync(new Uri("/signout", UriKind.Relative), null))
        {
            Assert.Equal("/signin", signOut.Headers.Location?.OriginalString);
        }

        using var replayed = await thief.GetAsync(new Uri("/api/me", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        await streamEnds.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_password_change_signs_the_clinician_out_everywhere_and_setting_the_same_one_does_not()
    {
        _console.AddClinician("gwen", "first-password-1");
        var (browser, _) = await _console.ClientAsync(from: "127.0.0.21", clinician: "gwen", password: "first-password-1");
        _console.AddClinician("gwen", "first-password-1");
        using (var unchanged = await browser.GetAsync(new Uri("/api/me", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, unchanged.StatusCode);
        }

        _console.AddClinician("gwen", "second-password-2");
        using var changed = await browser.GetAsync(new Uri("/api/me", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, changed.StatusCode);
    }

    [Fact]
    public async Task Forty_simultaneous_wrong_passwords_are_checked_only_as_often_as_allowed()
    {
        _console.AddClinician("erin", "erins-password-1");
        var (client, _) = await _console.ClientAsync(signIn: false, from: "127.0.0.22");
        await client.GetStringAsync(new Uri("/signin", UriKind.Relative));
        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(async _ =>
        {
            using var response = await ConsoleRig.SignInAsync(client, "erin", Wrong);
            return (response.StatusCode, Location: response.Headers.Location?.OriginalString);
        }));

        var checkedAndWrong = responses.Count(r => r.Location == "/signin?failed=1");
        Assert.Equal(5, checkedAndWrong);
        Assert.Equal(35, responses.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task Wrong_passwords_are_rate_limited_so_even_the_right_one_waits()
    {
        _console.AddClinician("hana", "hanas-password-1");
        var (client, _) = await _console.ClientAsync(signIn: false, from: "127.0.0.23");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await ConsoleRig.SignInAsync(client, "hana", Wrong);
            Assert.Equal("/signin?failed=1", wrong.Headers.Location?.OriginalString);
        }

        using var right = await ConsoleRig.SignInAsync(client, "hana", "hanas-password-1");
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.NotNull(right.Headers.RetryAfter);
        using var me = await client.GetAsync(new Uri("/api/me", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task Wrong_passwords_from_elsewhere_lock_out_the_guesser_and_never_the_clinicians_own_browser()
    {
        _console.AddClinician("felix", "felixs-password-1");
        var (own, _) = await _console.ClientAsync(from: "127.0.0.24", clinician: "felix", password: "felixs-password-1");

        var (guesser, _) = await _console.ClientAsync(signIn: false, from: "127.0.0.25");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await ConsoleRig.SignInAsync(guesser, "felix", Wrong);
            Assert.Equal("/signin?failed=1", wrong.Headers.Location?.OriginalString);
        }

        using (var guesserAgain = await ConsoleRig.SignInAsync(guesser, "someone-else", Wrong))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, guesserAgain.StatusCode);
        }

        using (var ownAgain = await ConsoleRig.SignInAsync(own, "felix", "felixs-password-1"))
        {
            Assert.Equal("/", ownAgain.Headers.Location?.OriginalString);
        }

        var (stranger, _) = await _console.ClientAsync(signIn: false, from: "127.0.0.26");
        using var strangerTry = await ConsoleRig.SignInAsync(stranger, "felix", "felixs-password-1");
        Assert.Equal(HttpStatusCode.TooManyRequests, strangerTry.StatusCode);
    }
}
