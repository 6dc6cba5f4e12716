namespace KapImmersive.Headset.Web.Tests.Support;

/// <summary>
/// One check page with the pictures hook for a whole test class: opening it (Chromium, the runtime) takes longer than
/// drawing a preset's moments, and the hook keeps nothing from one call to the next.
/// </summary>
public sealed class PicturesPage : IAsyncLifetime
{
    internal CheckPage Check { get; private set; } = null!;

    public async Task InitializeAsync() => Check = await CheckPage.OpenAsync("kapPictures");

    public async Task DisposeAsync() => await Check.DisposeAsync();
}
