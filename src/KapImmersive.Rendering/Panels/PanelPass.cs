using System.Numerics;
using KapImmersive.Core.Patient;
using KapImmersive.Core.Scene;
using KapImmersive.Rendering.Cameras;
using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Headless;
using KapImmersive.Rendering.Scene;

namespace KapImmersive.Rendering.Panels;

/// <summary>
/// Lays the check-in prompt (where the follower puts it), the clinician's message and the help confirmation (fixed in
/// the room, above the breathing light) over the scene. The help confirmation takes the message's place, which glides
/// up a card's height while both show. Words are painted again only when they change.
/// </summary>
internal sealed class PanelPass : IDisposable
{
    public static readonly PanelPose MessagePose = new(new Vector3(0, 1.78f, -2.0f), 0);

    /// <summary>A message card's height and a little: how far it rises to make room for the help confirmation.</summary>
    private const float MessageRaiseMetres = 0.34f;

    private readonly IGl _gl;
    private readonly ShaderProgram _program;
    private readonly EmptyVertexArray _quad;
    private readonly PanelTexture _prompt;
    private readonly PanelTexture _message;
    private readonly PanelTexture _help;
    private readonly IPanelArt _art;
    private readonly int _viewProjection, _centre, _halfRight, _halfUp, _card, _size, _opacity, _ringCentre, _ringRadius, _progress, _exposure;
    private string? _promptText, _okText, _notOkText, _messageText;

    public PanelPass(IGl gl, GlFlavour flavour, IPanelArt art)
    {
        _gl = gl;
        _art = art;
        _program = new ShaderProgram(gl, flavour, "panel.vert", "panel.frag");
        _quad = new EmptyVertexArray(gl);
        _prompt = new PanelTexture(gl, PanelLayout.PromptWidth, PanelLayout.PromptHeight);
        _message = new PanelTexture(gl, PanelLayout.MessageWidth, PanelLayout.MessageHeight);
        _help = new PanelTexture(gl, PanelLayout.MessageWidth, PanelLayout.MessageHeight);
        _art.PaintMessage(SceneComposer.HelpConfirmationText, _help.Pixels);
        _help.Upload();
        _viewProjection = _program.Uniform("u_viewProjection");
        _centre = _program.Uniform("u_centre");
        _halfRight = _program.Uniform("u_halfRight");
        _halfUp = _program.Uniform("u_halfUp");
        _card = _program.Uniform("u_card");
        _size = _program.Uniform("u_size");
        _opacity = _program.Uniform("u_opacity");
        _ringCentre = _program.Uniform("u_ringCentre");
        _ringRadius = _program.Uniform("u_ringRadius");
        _progress = _program.Uniform("u_progress");
        _exposure = _program.Uniform("u_exposure");
    }

    public void Draw(in SceneFrame frame, in EyeView eye, in PanelPose promptPose, in GazeDwell dwell)
    {
        _program.Use();
        _gl.Uniform1(_exposure, frame.PanelExposure);
        if (frame.MessageVisible && frame.MessageText is { } message)
        {
            if (!string.Equals(message, _messageText, StringComparison.Ordinal))
            {
                _art.PaintMessage(message, _message.Pixels);
                _message.Upload();
                _messageText = message;
            }

            var raised = MessagePose with { Centre = MessagePose.Centre + (Vector3.UnitY * MessageRaiseMetres * frame.HelpConfirmationOpacity) };
            DrawCard(eye, _message, raised, PanelLayout.MessageWidthMetres, frame.MessageOpacity, default, 0);
        }

        if (frame.HelpConfirmationOpacity > 0)
        {
            DrawCard(eye, _help, MessagePose, PanelLayout.MessageWidthMetres, frame.HelpConfirmationOpacity, default, 0);
        }

        if (frame.PromptVisible && frame.PromptText is { } prompt)
        {
            var ok = frame.OkLabel ?? "";
            var notOk = frame.NotOkLabel ?? "";
            if (!string.Equals(prompt, _promptText, StringComparison.Ordinal) || !string.Equals(ok, _okText, StringComparison.Ordinal)
                || !string.Equals(notOk, _notOkText, StringComparison.Ordinal))
            {
                _art.PaintPrompt(prompt, ok, notOk, _prompt.Pixels);
                _prompt.Upload();
                (_promptText, _okText, _notOkText) = (prompt, ok, notOk);
            }

            var ring = dwell.Target switch
            {
                PatientChoice.Okay => PanelLayout.RingCentre(PanelLayout.OkButton),
                PatientChoice.NotOkay => PanelLayout.RingCentre(PanelLayout.NotOkButton),
                _ => default,
            };
            var progress = dwell.Target == PatientChoice.None ? 0 : Math.Clamp(dwell.Progress, 0, 1);
            DrawCard(eye, _prompt, promptPose, PanelLayout.PromptWidthMetres, frame.PromptOpacity, new Vector2(ring.X, ring.Y), progress);
        }
    }

    public void Dispose()
    {
        _prompt.Dispose();
        _message.Dispose();
        _help.Dispose();
        _quad.Dispose();
        _program.Dispose();
    }

    private void DrawCard(in EyeView eye, PanelTexture texture, in PanelPose pose, float widthMetres, float opacity, Vector2 ring, float progress)
    {
        var halfWidth = widthMetres / 2;
        var halfHeight = halfWidth * texture.Height / texture.Width;
        _program.Use();
        Uniforms.Set(_gl, _viewProjection, eye.ViewProjection);
        Uniforms.Set(_gl, _centre, pose.Centre);
        Uniforms.Set(_gl, _halfRight, pose.Right * halfWidth);
        Uniforms.Set(_gl, _halfUp, Vector3.UnitY * halfHeight);
        _gl.ActiveTexture(GlConstants.Texture0);
        _gl.BindTexture(GlConstants.Texture2D, texture.Handle);
        _gl.Uniform1(_card, 0);
        _gl.Uniform2(_size, (float)texture.Width, texture.Height);
        _gl.Uniform1(_opacity, Math.Clamp(opacity, 0, 1));
        _gl.Uniform2(_ringCentre, ring.X, ring.Y);
        _gl.Uniform1(_ringRadius, PanelLayout.RingRadius);
        _gl.Uniform1(_progress, progress);
        Blending.Over(_gl);
        _quad.DrawQuad();
    }
}
