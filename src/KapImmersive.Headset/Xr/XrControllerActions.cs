using System.Text;
using KapImmersive.Headset.Xr.Native;

namespace KapImmersive.Headset.Xr;

/// <summary>
/// Two boolean actions on the controllers: select (trigger or A: answers with the gazed choice, "okay" when none) and
/// help (menu or B: always asks for the clinician). Suggested for the Khronos simple controller and Oculus Touch.
/// </summary>
internal sealed unsafe class XrControllerActions : IDisposable
{
    private readonly ulong _session;
    private readonly ulong _set;

    public XrControllerActions(ulong instance, ulong session)
    {
        _session = session;
        var setInfo = new XrActionSetCreateInfo { Type = XrStructureType.ActionSetCreateInfo };
        Write("patient"u8, setInfo.ActionSetName, 64);
        Write("Patient"u8, setInfo.LocalizedActionSetName, 128);
        ulong set;
        XrCheck.Call(XrApi.CreateActionSet(instance, &setInfo, &set), "xrCreateActionSet");
        _set = set;
        Select = Create("select", "Select");
        Help = Create("help", "Help");
        Suggest(instance, "/interaction_profiles/khr/simple_controller", ("/user/hand/right/input/select/click", Select), ("/user/hand/left/input/menu/click", Help));
        Suggest(instance, "/interaction_profiles/oculus/touch_controller", ("/user/hand/right/input/a/click", Select), ("/user/hand/right/input/b/click", Help));
        var attach = new XrSessionActionSetsAttachInfo { Type = XrStructureType.SessionActionSetsAttachInfo, CountActionSets = 1, ActionSets = &set };
        XrCheck.Call(XrApi.AttachSessionActionSets(session, &attach), "xrAttachSessionActionSets");
    }

    public ulong Select { get; }

    public ulong Help { get; }

    /// <summary>Syncs the controllers; false while the session is not focused (the runtime then gives no input).</summary>
    public bool Sync()
    {
        var active = new XrActiveActionSet { ActionSet = _set };
        var info = new XrActionsSyncInfo { Type = XrStructureType.ActionsSyncInfo, CountActiveActionSets = 1, ActiveActionSets = &active };
        return XrCheck.Call(XrApi.SyncActions(_session, &info), "xrSyncActions") != XrCheck.SessionNotFocused;
    }

    /// <summary>True on the frame an action's button goes down.</summary>
    public bool Pressed(ulong action)
    {
        var info = new XrActionStateGetInfo { Type = XrStructureType.ActionStateGetInfo, Action = action };
        var state = new XrActionStateBoolean { Type = XrStructureType.ActionStateBoolean };
        XrCheck.Call(XrApi.GetActionStateBoolean(_session, &info, &state), "xrGetActionStateBoolean");
        return state.IsActive != 0 && state.CurrentState != 0 && state.ChangedSinceLastSync != 0;
    }

    public void Dispose() => _ = XrApi.DestroyActionSet(_set);

    private ulong Create(string name, string localized)
    {
        var info = new XrActionCreateInfo { Type = XrStructureType.ActionCreateInfo, ActionType = 1 }; // boolean input
        Write(Encoding.UTF8.GetBytes(name), info.ActionName, 64);
        Write(Encoding.UTF8.GetBytes(localized), info.LocalizedActionName, 128);
        ulong action;
        XrCheck.Call(XrApi.CreateAction(_set, &info, &action), $"xrCreateAction({name})");
        return action;
    }

    private static void Suggest(ulong instance, string profile, params (string Path, ulong Action)[] bindings)
    {
        XrCheck.Call(XrApi.StringToPath(instance, profile, out var profilePath), $"xrStringToPath({profile})");
        var suggested = stackalloc XrActionSuggestedBinding[bindings.Length];
        for (var i = 0; i < bindings.Length; i++)
        {
            XrCheck.Call(XrApi.StringToPath(instance, bindings[i].Path, out var path), $"xrStringToPath({bindings[i].Path})");
            suggested[i] = new XrActionSuggestedBinding { Action = bindings[i].Action, Binding = path };
        }

        var info = new XrInteractionProfileSuggestedBinding
        {
            Type = XrStructureType.InteractionProfileSuggestedBinding,
            InteractionProfile = profilePath,
            CountSuggestedBindings = (uint)bindings.Length,
            SuggestedBindings = suggested,
        };
        XrCheck.Call(XrApi.SuggestInteractionProfileBindings(instance, &info), $"xrSuggestInteractionProfileBindings({profile})");
    }

    private static void Write(ReadOnlySpan<byte> text, byte* field, int size) => text.CopyTo(new Span<byte>(field, size - 1));
}
