using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using DeepExam.Composition;
using DeepExam.Documents;
using DeepExam.Documents.Figures;
using DeepExam.Documents.Math;
using DeepExam.Exams;
using DeepExam.Pdf;

namespace DeepExam.Tests.Pdf;

/// <summary>Navigation and accessibility of the PDFs, read back with qpdf and pdftotext: outline, page labels, language, structure tree.</summary>
public class TaggedPdfTests
{
    [OneTimeSetUp]
    public void RequireFonts()
    {
        if (!DejaVuFonts.AreInstalled) Assert.Ignore($"the DejaVu fonts are not in {DejaVuFonts.Folder}");
    }

    private static byte[] Pdf(ComposedDocument document)
    {
        using var output = new MemoryStream();
        DocumentPdf.Write(document, output);
        return output.ToArray();
    }

    private static byte[] Key(IReadOnlyList<StudentExam> exams)
    {
        var blueprint = exams[0].Blueprint;
        var key = new StudentKeysPdf();
        foreach (var exam in exams) key.Add(StudentKeysPdf.Layout(InstructorKeyDocument.For(exam)));
        using var output = new MemoryStream();
        key.Write((first, last) => InstructorKeyDocument.Heads(blueprint, first, last), InstructorKeyDocument.Info(blueprint, [.. exams.Select(e => e.Student.Id)]), output);
        return output.ToArray();
    }

    private static List<(string Title, int Page, List<(string Title, int Page)> Kids)> Outline(byte[] pdf) =>
        [.. Qpdf.Json(pdf).GetProperty("outlines").EnumerateArray().Select(o => (
            o.GetProperty("title").GetString()!,
            o.GetProperty("destpageposfrom1").GetInt32(),
            o.GetProperty("kids").EnumerateArray().Select(k => (k.GetProperty("title").GetString()!, k.GetProperty("destpageposfrom1").GetInt32())).ToList()))];

    private static string[] Pages(byte[] pdf) => PdfTools.Text(pdf).Split('\f');

    private static List<JsonElement> StructureElements(byte[] pdf) =>
        [.. Qpdf.Objects(Qpdf.Json(pdf)).Values.Where(v => v.ValueKind == JsonValueKind.Object && v.TryGetProperty("/S", out _) && v.TryGetProperty("/P", out _) && v.TryGetProperty("/K", out _))];

    [Test]
    public void Exam_and_solution_sheets_outline_their_title_and_each_exercise_at_its_page()
    {
        var exam = DemoExams.For(0);
        var sheets = new StudentSheets(exam);
        foreach (var sheet in new[] { sheets.ExamSheet, sheets.SolutionSheet })
        {
            var pdf = Pdf(sheet);
            var outline = Outline(pdf);
            var pages = Pages(pdf);
            Assert.That(outline.Select(o => (o.Title, o.Page)), Is.EqualTo(new[] { (sheet.Info.Title, 1) }).Or.EqualTo(new[] { ($"{exam.Blueprint.Title} — solutions", 1) }));
            Assert.That(outline[0].Kids.Select(k => k.Title), Is.EqualTo(exam.Exercises.Select(e => $"Exercise {e.Slot}: {e.Template.Title}")));
            foreach (var (title, page) in outline[0].Kids)
                Assert.That(pages[page - 1], Does.Contain(title[..title.IndexOf(':')] + ":"), $"{title} is on page {page}");
        }
    }

    [Test]
    public void The_instructor_key_outlines_each_student_at_the_page_of_their_entry()
    {
        var exams = DemoExams.First(12).ToList();
        var pdf = Key(exams);
        var outline = Outline(pdf);
        var pages = Pages(pdf);
        Assert.That(outline.Select(o => o.Title), Is.EqualTo(exams.Select(e => $"{e.Student.Name} ({e.Student.Id})")));
        Assert.That(outline.Select(o => o.Page).Max(), Is.GreaterThan(1), "twelve students fill more than one page");
        for (var i = 0; i < exams.Count; i++)
            Assert.That(pages[outline[i].Page - 1], Does.Contain(exams[i].CheckCode), outline[i].Title);
    }

    [Test]
    public void A_file_of_several_documents_outlines_each_and_restarts_its_page_labels()
    {
        var exam = DemoExams.For(0);
        var documents = AuthorPreview.Sheets(exam);
        using var output = new MemoryStream();
        DocumentPdf.Write(documents, AuthorPreview.Info(exam), output);
        var pdf = output.ToArray();
        var firstLength = DocumentPdf.Layout(documents[0]).Pages.Length;

        var outline = Outline(pdf);
        Assert.That(outline.Select(o => o.Page), Is.EqualTo(new[] { 1, firstLength + 1 }));
        Assert.That(outline.Select(o => o.Kids.Count), Is.EqualTo(new[] { exam.Exercises.Length, exam.Exercises.Length }));
        var labels = Qpdf.Json(pdf).GetProperty("pagelabels").EnumerateArray()
            .Select(l => (l.GetProperty("index").GetInt32(), Qpdf.Text(l.GetProperty("label").GetProperty("/P")))).ToList();
        Assert.That(labels, Is.EqualTo(new[] { (0, "1-"), (firstLength, "2-") }));
    }

    [Test]
    public void The_catalog_says_the_language_that_the_file_is_tagged_and_where_its_structure_is()
    {
        var pdf = Pdf(new StudentSheets(DemoExams.For(1)).SolutionSheet);
        var json = Qpdf.Json(pdf);
        var catalog = Qpdf.Catalog(json);
        Assert.That(Qpdf.Text(catalog.GetProperty("/Lang")), Is.EqualTo("en"));
        Assert.That(catalog.GetProperty("/MarkInfo").GetProperty("/Marked").GetBoolean(), Is.True);
        var root = Qpdf.Objects(json)[catalog.GetProperty("/StructTreeRoot").GetString()!];
        Assert.That(root.GetProperty("/Type").GetString(), Is.EqualTo("/StructTreeRoot"));
        var nums = root.GetProperty("/ParentTree").GetProperty("/Nums").EnumerateArray().ToList();
        var pages = json.GetProperty("pages").EnumerateArray().Select(p => Qpdf.Objects(json)[p.GetProperty("object").GetString()!]).ToList();
        Assert.That(nums.Count, Is.EqualTo(2 * pages.Count), "one array of parents per page");
        Assert.That(pages.Select(p => p.GetProperty("/StructParents").GetInt32()), Is.EqualTo(Enumerable.Range(0, pages.Count)));
    }

    [Test]
    public void The_language_comes_from_the_document_info()
    {
        var sheet = new StudentSheets(DemoExams.For(0)).ExamSheet;
        var pdf = Pdf(sheet with { Info = sheet.Info with { Language = "de" } });
        Assert.That(Qpdf.Text(Qpdf.Catalog(Qpdf.Json(pdf)).GetProperty("/Lang")), Is.EqualTo("de"));
    }

    [Test]
    public void The_structure_has_the_title_a_heading_per_exercise_tables_lists_and_figures_described_in_words()
    {
        var exam = DemoExams.For(0);
        var sheet = new StudentSheets(exam).ExamSheet;
        var elements = StructureElements(Pdf(sheet));
        int Count(string type) => elements.Count(e => e.GetProperty("/S").GetString() == type);
        Assert.That(Count("/Document"), Is.EqualTo(1));
        Assert.That(Count("/H1"), Is.EqualTo(1));
        Assert.That(Count("/H2"), Is.EqualTo(exam.Exercises.Length));
        Assert.That(Count("/Table"), Is.GreaterThanOrEqualTo(1), "the name, id and check-code table");
        Assert.That(Count("/TR"), Is.GreaterThanOrEqualTo(2));
        Assert.That(Count("/P"), Is.GreaterThan(exam.Exercises.Length));

        var figures = Blocks(sheet.Body.Blocks).OfType<Figure>().Select(FigureDescription.Of).ToList();
        Assert.That(figures, Is.Not.Empty, "the demo exam has figures");
        var alts = elements.Where(e => e.GetProperty("/S").GetString() == "/Figure").Select(e => Qpdf.Text(e.GetProperty("/Alt"))).ToList();
        Assert.That(alts, Is.EqualTo(figures));
        var lists = Blocks(sheet.Body.Blocks).OfType<ListBlock>().ToList();
        Assert.That(Count("/L"), Is.EqualTo(lists.Count));
        Assert.That(Count("/LI"), Is.EqualTo(lists.Sum(l => l.Items.Length)));
    }

    [Test]
    public void Display_formulas_are_tagged_with_their_linear_form_also_inside_answer_boxes()
    {
        var sheet = new StudentSheets(DemoExams.For(0)).SolutionSheet;
        var sources = Blocks(sheet.Body.Blocks).OfType<DisplayMath>().Select(d => MathLinearText.Of(d.Math)).ToList();
        Assert.That(Blocks(sheet.Body.Blocks).OfType<AnswerBox>().SelectMany(a => Blocks(a.Content)).OfType<DisplayMath>(), Is.Not.Empty, "the solutions have formulas in answer boxes");
        var formulas = StructureElements(Pdf(sheet)).Where(e => e.GetProperty("/S").GetString() == "/Formula").ToList();
        Assert.That(formulas.Select(f => Qpdf.Text(f.GetProperty("/Alt"))), Is.EqualTo(sources));
    }

    [Test]
    public void Text_extraction_of_a_matrix_gives_its_rows_in_order()
    {
        const string tex = @"W = \begin{pmatrix} \frac{3}{2} & -1 \\ 2 & \frac{1}{2} \\ 7 & 8 \end{pmatrix}";
        var body = new Document([Paragraph.Of(new TextRun("The kernel:")), new DisplayMath(tex, TexParser.Parse(tex).Root)], []);
        var text = PdfTools.Text(Pdf(new ComposedDocument(body, RunningHeads.None, new DocumentInfo("matrix", "", "", new DateOnly(2026, 1, 1), "matrix"))));
        Assert.That(Regex.Replace(text, @"\s+", " "), Does.Contain("W = (3/2, −1; 2, 1/2; 7, 8)"));
    }

    [Test]
    public void Running_heads_and_page_numbers_are_artifacts_outside_the_structure()
    {
        var pdf = Pdf(new StudentSheets(DemoExams.For(0)).ExamSheet);
        var pages = Qpdf.Json(pdf).GetProperty("pages").GetArrayLength();
        var content = Qpdf.Uncompressed(pdf);
        Assert.That(Regex.Count(content, @"/Artifact BMC"), Is.GreaterThanOrEqualTo(2 * pages), "a header and a footer on every page");
        Assert.That(Regex.Count(content, @"/Artifact BMC") + Regex.Count(content, @"BDC"), Is.EqualTo(Regex.Count(content, @"\bEMC\b")), "every sequence is closed");
    }

    [Test]
    public void Qpdf_finds_the_exam_solution_and_key_files_sound()
    {
        var exams = DemoExams.First(3).ToList();
        var sheets = new StudentSheets(exams[0]);
        foreach (var (name, pdf) in new[] { ("exam", Pdf(sheets.ExamSheet)), ("solutions", Pdf(sheets.SolutionSheet)), ("key", Key(exams)) })
        {
            var (sound, output) = Qpdf.Check(pdf);
            Assert.That(sound, Is.True, $"{name}: {output}");
            Assert.That(output, Does.Not.Contain("WARNING"), name);
        }
    }

    /// <summary>Every block of a tree, depth first.</summary>
    private static IEnumerable<Block> Blocks(ImmutableArray<Block> blocks)
    {
        foreach (var block in blocks)
        {
            yield return block;
            var children = block switch
            {
                Section s => s.Blocks,
                KeepTogether k => k.Blocks,
                LabeledBlock l => l.Blocks,
                AnswerBox a => a.Content,
                ListBlock l => [.. l.Items.SelectMany(i => i.Blocks)],
                _ => [],
            };
            foreach (var child in Blocks(children)) yield return child;
        }
    }
}
