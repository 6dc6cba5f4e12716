using KapImmersive.Rendering.Pictures;

namespace KapImmersive.Cli.Commands;

/// <summary>What `kap render` was asked for, as read by <see cref="RenderOptions"/>.</summary>
internal sealed record RenderArguments(string Out, PictureEye Eye, int Width, int Height, double At, bool Sheet, double Every, double? Until);
