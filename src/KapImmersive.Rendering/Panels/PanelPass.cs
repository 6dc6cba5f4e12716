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
    private readonly CardProgram _card;
    private readonly CardProgram _dwellCard;
    private readonly EmptyVertexArray _quad;
    private readonly PanelTexture _prompt;
    private readonly PanelTexture _message;
    private readonly PanelTexture _help;
    private readonly IPanelArt _art;
    private string? _promptText, _okText, _notOkText, _messageText;

    public PanelPass(IGl gl, GlFlavour flavour, IPanelArt art)
    {
        _gl = gl;
        _art = art;
        _card = new CardProgram(gl, new ShaderProgram(gl, flavour, "panel.vert", "panel.frag"));
        _dwellCard = new CardProgram(gl, new ShaderProgram(gl, flavour, "panel.vert", "panel.frag", "DWELL_RING"));
        _quad = new EmptyVertexArray(gl);
        _prompt = new PanelTexture(gl, PanelLayout.PromptWidth, PanelLayout.PromptHeight);
        _message = new PanelTexture(gl, PanelLayout.MessageWidth, PanelLayout.MessageHeight);
        _help = new PanelTexture(gl, PanelLayout.MessageWidth, PanelLayout.MessageHeight);
        _art.PaintMessage(SceneComposer.HelpConfirmationText, _help.Pixels);
        _help.Upload();
    }

    public void Draw(in SceneFrame frame, in EyeView eye, in PanelPose promptPose, in GazeDwell dwell)
    {
        if (frame.MessageVisible && frame.MessageText is { } message)
        {
            if (!string.Equals(message, _messageText, StringComparison.Ordinal))
            {
                _art.PaintMessage(message, _message.Pixels);
                _message.Upload();
                _messageText = message;
            }

            var raised = MessagePose with { Centre = MessagePose.Centre + (Vector3.UnitY * MessageRaiseMetres * frame.HelpConfirmationOpacity) };
            _card.Draw(_quad, eye, _message, raised, PanelLayout.MessageWidthMetres, frame.MessageOpacity, frame.PanelExposure);
        }

        if (frame.HelpConfirmationOpacity > 0)
        {
            _card.Draw(_quad, eye, _help, MessagePose, PanelLayout.MessageWidthMetres, frame.HelpConfirmationOpacity, frame.PanelExposure);
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
            (progress > 0 ? _dwellCard : _card).Draw(_quad, eye, _prompt, promptPose, PanelLayout.PromptWidthMetres, frame.PromptOpacity,
                frame.PanelExposure, new Vector2(ring.X, ring.Y), progress);
        }
    }

    public void Dispose()
    {
        _prompt.Dispose();
        _message.Dispose();
        _help.Dispose();
        _quad.Dispose();
        _dwellCard.Dispose();
        _card.Dispose();
    }

    /// <summary>A build of panel.vert and panel.frag and its uniforms' locations.</summary>
    private sealed class CardProgram(IGl gl, ShaderProgram program) : IDisposable
    {
        private readonly int _viewProjection = program.Uniform("u_viewProjection");
        private readonly int _centre = program.Uniform("u_centre");
        private readonly int _halfRight = program.Uniform("u_halfRight");
        private readonly int _halfUp = program.Uniform("u_halfUp");
        private readonly int _card = program.Uniform("u_card");
        private readonly int _opacity = program.Uniform("u_opacity");
        private readonly int _exposure = program.Uniform("u_exposure");
        private readonly int _size = program.Uniform("u_size");
        private readonly int _ringCentre = program.Uniform("u_ringCentre");
        private readonly int _ringRadius = program.Uniform("u_ringRadius");
        private readonly int _progress = program.Uniform("u_progress");

        /// <summary>Draws the card; the ring's centre and progress count only in the build with the ring.</summary>
        public void Draw(EmptyVertexArray quad, in EyeView eye, PanelTexture texture, in PanelPose pose, float widthMetres, float opacity,
            float exposure, Vector2 ringCentre = default, float progress = 0)
        {
            var halfWidth = widthMetres / 2;
            var halfHeight = halfWidth * texture.Height / texture.Width;
            program.Use();
            Uniforms.Set(gl, _viewProjection, eye.ViewProjection);
            Uniforms.Set(gl, _centre, pose.Centre);
            Uniforms.Set(gl, _halfRight, pose.Right * halfWidth);
            Uniforms.Set(gl, _halfUp, Vector3.UnitY * halfHeight);
            gl.ActiveTexture(GlConstants.Texture0);
            gl.BindTexture(GlConstants.Texture2D, texture.Handle);
            gl.Uniform1(_card, 0);
            gl.Uniform1(_opacity, Math.Clamp(opacity, 0, 1));
            gl.Uniform1(_exposure, exposure);
            gl.Uniform2(_size, (float)texture.Width, texture.Height);
            gl.Uniform2(_ringCentre, ringCentre.X, ringCentre.Y);
            gl.Uniform1(_ringRadius, PanelLayout.RingRadius);
            gl.Uniform1(_progress, progress);
            Blending.Over(gl);
            quad.DrawQuad();
        }

        public void Dispose() => program.Dispose();
    }
}
