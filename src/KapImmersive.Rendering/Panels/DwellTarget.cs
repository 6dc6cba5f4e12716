namespace KapImmersive.Rendering.Panels;

public enum DwellTarget
{
    None,
    Ok,
    NotOk,
}
