using System.Diagnostics;
using System.Globalization;
using KapImmersive.Messaging.Broker;

namespace KapImmersive.Messaging.Tests.Support;

/// <summary>
/// Debian's Mosquitto 2 with the embedded broker's rules: a password file (mosquitto_passwd), an ACL file with the
/// per-headset pattern and every client reading the presets (a `pattern` line holds for every user, while `topic`
/// lines above the first `user` line would hold only for anonymous clients), anonymous refused, a 64 KiB message limit, and a TLS listener with the test CA. Started as
/// root it drops to the mosquitto user, so its folder and files are made readable to it.
/// </summary>
internal sealed class MosquittoTestBroker : TestBroker
{
    private readonly string _folder;
    private Process? _process;

    public MosquittoTestBroker(TestCredentials credentials, TestCertificates certificates, string folder)
        : base(credentials, certificates) => _folder = folder;

    public override BrokerKind Kind => BrokerKind.Mosquitto;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Path.Combine(_folder, "mosquitto.conf")))
        {
            await WriteConfigurationAsync(cancellationToken);
        }

        var start = new ProcessStartInfo("mosquitto") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Path.Combine(_folder, "mosquitto.conf"));
        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start mosquitto");
        _process.ErrorDataReceived += (_, _) => { };
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
        await WaitListeningAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_process is not { } process)
        {
            return;
        }

        _process = null;
        if (!process.HasExited)
        {
            process.Kill();
            await process.WaitForExitAsync(cancellationToken);
        }

        process.Dispose();
    }

    private async Task WriteConfigurationAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_folder);
        var passwords = Path.Combine(_folder, "passwords");
        var acl = Path.Combine(_folder, "acl");
        await File.WriteAllTextAsync(passwords, "", cancellationToken);
        foreach (var (user, password) in Credentials.Passwords)
        {
            await TestCertificates.RunAsync("mosquitto_passwd", ["-b", passwords, user, password], _folder, cancellationToken);
        }

        var consoleUsers = Credentials.Users.Where(u => u.Role == BrokerRole.Console).Select(u => $"user {u.Name}\ntopic readwrite kap/v1/#\n");
        await File.WriteAllTextAsync(acl, string.Concat(consoleUsers) + "\npattern readwrite kap/v1/headsets/%u/#\npattern read kap/v1/presets/#\n", cancellationToken);
        var config = string.Create(CultureInfo.InvariantCulture, $"""
            per_listener_settings false
            allow_anonymous false
            password_file {passwords}
            acl_file {acl}
            set_tcp_nodelay true
            persistence false
            message_size_limit {Core.Protocol.ProtocolLimits.MaxPayloadBytes}
            log_dest stderr
            log_type error

            listener {Port} 127.0.0.1

            listener {TlsPort} 127.0.0.1
            cafile {Certificates.CaCertificate}
            certfile {Certificates.ServerCertificate}
            keyfile {Certificates.ServerKey}

            """);
        await File.WriteAllTextAsync(Path.Combine(_folder, "mosquitto.conf"), config, cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            MakeReadable(_folder);
            MakeReadable(Certificates.Folder);
        }
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void MakeReadable(string folder)
    {
        const UnixFileMode ReadAll = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        for (var dir = new DirectoryInfo(folder); dir is not null && dir.FullName != "/"; dir = dir.Parent)
        {
            File.SetUnixFileMode(dir.FullName, File.GetUnixFileMode(dir.FullName) | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        foreach (var file in Directory.EnumerateFiles(folder))
        {
            File.SetUnixFileMode(file, ReadAll);
        }
    }
}
