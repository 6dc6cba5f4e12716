namespace KapImmersive.Rendering.Headless;

/// <summary>Which OpenGL the context speaks: desktop 3.3 core, or ES 3.0 as on standalone headsets.</summary>
public enum GlFlavour
{
    Desktop33Core,
    Es30,
}
