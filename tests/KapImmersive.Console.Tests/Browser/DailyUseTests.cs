using KapImmersive.Console.Live;
using KapImmersive.Console.Tests.Support;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KapImmersive.Console.Tests.Browser;

/// <summary>The dashboard as a clinician uses it all day, at 1280×800 and on a 390×844 phone, in chromium.</summary>
public sealed class DailyUseTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private readonly ConsoleRig _console = fixture.Console;

    [Fact]
    public async Task A_ramp_shows_where_it_is_now_along_its_own_curve_and_its_end_level_once_over()
    {
        var page = await fixture.SignedInPageAsync(1280, 800);
        var halfway = await page.EvaluateAsync<string>("""
            () => cards.rampAt({ current: 0, target: 0.45, from: 0, startedAt: "2026-11-23T09:00:00Z", reachedAt: "2026-11-23T09:01:00Z" },
              Date.parse("2026-11-23T09:00:30Z")).text
            """);
        Assert.Equal("0.23 → 0.45 (30 s left)", halfway);

        var card = page.Locator("article.card[data-headset='room-a']");
        await Expect(card.Locator(".status")).ToHaveTextAsync("online");
        var volume = await Send("room-a", new SetVolume(CommandFactory.NewId(), Clinician, 0.1, 2));
        Assert.Contains(volume.Outcome, new[] { "applied", "slowed" });
        await Expect(card.Locator("[data-fact=volume]")).ToHaveTextAsync("0.10", new() { Timeout = 10_000 });
        Assert.Equal("10%", await card.Locator("[data-fact=volume] .meter .now").EvaluateAsync<string>("e => e.style.width"));
    }

    [Fact]
    public async Task The_outcome_shows_beside_the_control_pressed_without_scrolling_at_1280_by_800()
    {
        var page = await fixture.SignedInPageAsync(1280, 800);
        var card = page.Locator("article.card[data-headset='room-a']");
        await Expect(card.Locator(".status")).ToHaveTextAsync("online");
        await card.Locator("input[name=darkness]").FillAsync("0.3");
        await card.Locator("[data-action=darkness]").ClickAsync();
        var outcome = card.Locator(".outcome");
        await Expect(outcome).ToContainTextAsync("darkness to 0.3");
        await Expect(outcome).ToBeInViewportAsync();
        Assert.Equal("darkness", await outcome.EvaluateAsync<string>("e => e.previousElementSibling.dataset.row"));
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Shot("dashboard-1280x800.png") });
    }

    [Fact]
    public async Task Every_field_of_a_card_is_named_and_the_sliders_show_their_number_starting_at_the_headsets_level()
    {
        await Send("room-b", new SetDarkness(CommandFactory.NewId(), Clinician, 0.35, 20));
        var page = await fixture.SignedInPageAsync(1280, 800);
        var card = page.Locator("article.card[data-headset='room-b']");
        var unnamed = await card.EvaluateAsync<string[]>("""
            card => [...card.querySelectorAll("input, select")].filter(e => !e.getAttribute("aria-label") && e.labels.length === 0).map(e => e.name)
            """);
        Assert.Empty(unnamed);
        Assert.Equal(14, await card.Locator("input, select").CountAsync());

        var darkness = card.GetByRole(AriaRole.Slider, new() { Name = "Darkness level" });
        await Expect(darkness).ToHaveValueAsync("0.35");
        await Expect(card.Locator("output[data-level=darkness]")).ToHaveTextAsync("0.35");
        await darkness.FillAsync("0.7");
        await Expect(card.Locator("output[data-level=darkness]")).ToHaveTextAsync("0.70");
    }

    [Fact]
    public async Task Ending_a_session_asks_first_and_the_phase_list_offers_the_next_phase()
    {
        await Send("room-b", new SetPhase(CommandFactory.NewId(), Clinician, SessionPhase.Dosing));
        var page = await fixture.SignedInPageAsync(1280, 800);
        var card = page.Locator("article.card[data-headset='room-b']");
        await Expect(card.Locator("[data-fact=phase]")).ToHaveTextAsync("dosing");
        await Expect(card.Locator("select[name=phase]")).ToHaveValueAsync("return");

        var outcome = await card.Locator(".outcome").TextContentAsync();
        await card.Locator("[data-action=end]").ClickAsync();
        await Expect(card.Locator(".confirm")).ToBeVisibleAsync();
        await card.Locator("[data-action=end-cancel]").ClickAsync();
        await Expect(card.Locator(".confirm")).ToBeHiddenAsync();
        Assert.Equal(outcome, await card.Locator(".outcome").TextContentAsync());
        Assert.Equal("dosing", _console.Service<HeadsetBoard>().Find("room-b")?.State?.Phase);

        await card.Locator("[data-action=end]").ClickAsync();
        await card.Locator("[data-action=end-confirm]").ClickAsync();
        await Expect(card.Locator(".outcome")).ToContainTextAsync("end session with a gentle return: applied");
        await Expect(card.Locator("[data-fact=phase]")).ToHaveTextAsync("return");
        await Send("room-b", new SetPhase(CommandFactory.NewId(), Clinician, SessionPhase.Dosing));
    }

    [Fact]
    public async Task A_patient_saying_not_okay_again_and_again_shows_one_banner_with_a_count_in_plain_words()
    {
        var page = await fixture.SignedInPageAsync(1280, 800);
        var intake = _console.Service<EventIntake>();
        for (var i = 0; i < 3; i++)
        {
            intake.TakeEvent("room-b", new EventMessage { Id = $"repeat-{Guid.NewGuid():N}", Type = EventTypes.CheckInAnswered, At = DateTimeOffset.UtcNow, Answer = "notOkay" });
        }

        var banner = page.Locator(".alert.notOkay[data-headset='room-b']");
        await Expect(banner).ToHaveCountAsync(1);
        await Expect(banner).ToContainTextAsync("3 times");
        await Expect(banner).ToContainTextAsync("check-in answered: not okay");
        await Expect(banner).Not.ToContainTextAsync("notOkay");
        await banner.Locator("[data-action=acknowledge]").ClickAsync();
        await Expect(banner).ToHaveCountAsync(0);
        Assert.DoesNotContain(_console.Service<AlertDesk>().Open(), a => a.HeadsetId == "room-b");
    }

    [Fact]
    public async Task On_a_phone_the_page_fits_its_width_nothing_is_cut_off_and_the_cards_start_on_the_first_screen()
    {
        await Send("room-b", new SetPhase(CommandFactory.NewId(), Clinician, SessionPhase.Dosing));
        var intake = _console.Service<EventIntake>();
        intake.TakeEvent("room-a", new EventMessage { Id = $"help-{Guid.NewGuid():N}", Type = EventTypes.HelpRequested, At = DateTimeOffset.UtcNow, Source = "button" });
        intake.TakeEvent("room-b", new EventMessage { Id = $"no-{Guid.NewGuid():N}", Type = EventTypes.CheckInAnswered, At = DateTimeOffset.UtcNow, Answer = "notOkay" });
        var page = await fixture.SignedInPageAsync(390, 844);
        await Expect(page.Locator(".alert")).ToHaveCountAsync(2);
        await Expect(page.Locator("article.card[data-headset='room-b'] [data-fact=vitalsDue]")).ToHaveTextAsync("now: blood pressure and heart rate");

        Assert.Equal(390, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
        foreach (var button in await page.Locator(".alert [data-action=acknowledge]").AllAsync())
        {
            var box = await button.BoundingBoxAsync();
            Assert.True(box is not null && box.X >= 0 && box.X + box.Width <= 390, $"an Acknowledge button reaches past the screen: {box?.X} + {box?.Width}");
        }

        var firstCard = await page.Locator("article.card").First.BoundingBoxAsync();
        Assert.True(firstCard!.Y < 844, $"the first card starts {firstCard.Y:0} px down, below the first screen");
        var cut = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll(".facts dd")].filter(d => d.scrollWidth > d.clientWidth + 1 || getComputedStyle(d).textOverflow === "ellipsis")
              .map(d => d.dataset.fact)
            """);
        Assert.Empty(cut);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Shot("dashboard-390x844.png") });
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Shot("dashboard-390x844-full.png"), FullPage = true });
        foreach (var alert in _console.Service<AlertDesk>().Open())
        {
            _console.Service<AlertDesk>().Acknowledge(alert.Id, "clara");
        }
    }

    private static readonly string Clinician = CommandFactory.IssuerOf(ConsoleRig.Clinician);

    private Task<CommandReport> Send(string headsetId, SessionCommand command) =>
        _console.Service<CommandDesk>().SendAsync(headsetId, command, ConsoleRig.Clinician, CancellationToken.None);
}
