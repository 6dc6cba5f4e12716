using System.Diagnostics;

namespace KapImmersive.Messaging.Tests.Support;

/// <summary>A test CA and a server certificate for 127.0.0.1 signed by it, made with openssl in a folder of its own.</summary>
internal sealed class TestCertificates
{
    private TestCertificates(string folder) => Folder = folder;

    public string Folder { get; }

    public string CaCertificate => Path.Combine(Folder, "ca.crt");

    public string ServerCertificate => Path.Combine(Folder, "server.crt");

    public string ServerKey => Path.Combine(Folder, "server.key");

    /// <summary>The server certificate and key as PKCS#12 (empty password), for the embedded broker.</summary>
    public string ServerPfx => Path.Combine(Folder, "server.pfx");

    public static async Task<TestCertificates> CreateAsync(string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var certificates = new TestCertificates(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "san.ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n", cancellationToken);
        string[][] steps =
        [
            ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", "ca.key", "-out", "ca.crt", "-days", "2", "-subj", "/CN=kap-test-ca"],
            ["req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=127.0.0.1"],
            ["x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial", "-out", "server.crt", "-days", "2", "-extfile", "san.ext"],
            ["pkcs12", "-export", "-out", "server.pfx", "-inkey", "server.key", "-in", "server.crt", "-passout", "pass:"],
        ];
        foreach (var step in steps)
        {
            await RunAsync("openssl", step, folder, cancellationToken);
        }

        return certificates;
    }

    public static async Task RunAsync(string program, IEnumerable<string> arguments, string folder, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        _ = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', start.ArgumentList)} failed ({process.ExitCode}): {await errors}");
        }
    }
}
