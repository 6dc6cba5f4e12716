using System.Globalization;
using KapImmersive.Console.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace KapImmersive.Console.Web;

/// <summary>
/// The web headset's files at /headset/: .wasm as application/wasm, a precompressed .br or .gz beside a file sent
/// instead when the browser takes it, and every file revalidated on each load (ETag), so a reload after a console
/// update gets the new app while an unchanged one costs a 304. Only files of known types inside the folder are served.
/// </summary>
public sealed class HeadsetAppFiles : IDisposable
{
    public const string Path = "/headset";

    private static readonly (string Coding, string Extension)[] Precompressed = [("br", ".br"), ("gzip", ".gz")];

    private readonly FileExtensionContentTypeProvider _types = new();
    private readonly Lock _gate = new();
    private PhysicalFileProvider? _files;

    public HeadsetAppFiles(ClinicOptions clinic)
    {
        ArgumentNullException.ThrowIfNull(clinic);
        Folder = System.IO.Path.GetFullPath(clinic.HeadsetAppFolder ?? System.IO.Path.Combine(AppContext.BaseDirectory, "headset"));
        _types.Mappings[".wasm"] = "application/wasm";
        foreach (var binary in new[] { ".dat", ".blat", ".pdb", ".webcil", ".dll" })
        {
            _types.Mappings[binary] = "application/octet-stream";
        }
    }

    public string Folder { get; }

    public static bool IsHeadsetPath(PathString path) => path.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase);

    public IResult Serve(HttpContext context, string? path)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Files() is not { } files)
        {
            return Results.Content($"The web headset is not installed with this console: its folder {Folder} does not exist.", "text/plain; charset=utf-8",
                statusCode: StatusCodes.Status404NotFound);
        }

        var wanted = string.IsNullOrEmpty(path) || path.EndsWith('/') ? (path ?? "") + "index.html" : path;
        var file = files.GetFileInfo(wanted);
        if (!file.Exists || file.IsDirectory || file.PhysicalPath is null || !_types.TryGetContentType(wanted, out var contentType))
        {
            return Results.NotFound();
        }

        var headers = context.Response.Headers;
        var sent = file;
        var accepted = context.Request.GetTypedHeaders().AcceptEncoding;
        foreach (var (coding, extension) in Precompressed)
        {
            var compressed = files.GetFileInfo(wanted + extension);
            if (!compressed.Exists || compressed.PhysicalPath is null)
            {
                continue;
            }

            headers.Vary = HeaderNames.AcceptEncoding;
            if (sent == file && accepted.Any(a => a.Value.Equals(coding, StringComparison.OrdinalIgnoreCase) && a.Quality is not 0))
            {
                sent = compressed;
                headers.ContentEncoding = coding;
            }
        }

        headers.CacheControl = "no-cache";
        var tag = new EntityTagHeaderValue(string.Create(CultureInfo.InvariantCulture, $"\"{sent.Length:x}-{sent.LastModified.UtcTicks:x}\""));
        return Results.File(sent.PhysicalPath!, contentType, lastModified: sent.LastModified, entityTag: tag);
    }

    public void Dispose() => _files?.Dispose();

    /// <summary>The folder's files once it exists: the console may start before the headset's build has filled it.</summary>
    private PhysicalFileProvider? Files()
    {
        lock (_gate)
        {
            if (_files is null && Directory.Exists(Folder))
            {
                _files = new PhysicalFileProvider(Folder);
            }

            return _files;
        }
    }
}
