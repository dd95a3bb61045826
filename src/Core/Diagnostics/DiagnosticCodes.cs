namespace DeepExam.Diagnostics;

/// <summary>
/// Every error's code, in the style of Roslyn's CS0103: a test matches the code rather than the wording, and
/// docs/diagnostics.md lists every one (a test checks it does). A code never changes meaning and is never reused.
/// The first two digits name the area: DX01 drawing variants, DX02 known mistakes, DX03 the text as it is typeset,
/// DX04 solving a variant; DX10 the YAML file and its keys, DX11 an exercise's own keys and names, DX12 parameters
/// and records, DX13 parts, DX14 expressions, DX15 text; DX20 blueprints, DX21 rosters, DX22 exercise folders,
/// DX23 keys and exercise versions; DX30 the command line, DX31 output folders, DX32 course folders.
/// </summary>
public static class DiagnosticCodes
{
    // DX01: drawing variants.

    /// <summary>No draw met all the constraints: the report counts how often each held on its own.</summary>
    public static readonly DiagnosticCode ConstraintsNeverMet = new("DX0101");

    /// <summary>The values a blueprint pins for an exercise do not meet one of its constraints.</summary>
    public static readonly DiagnosticCode PinnedValuesBreakConstraint = new("DX0102");

    /// <summary>An expression fails in a variant (a kernel larger than its input, a division by zero), named with the variant's parameters.</summary>
    public static readonly DiagnosticCode ExpressionFailsInVariant = new("DX0103");

    /// <summary>A constraint's value in a variant is not true or false.</summary>
    public static readonly DiagnosticCode ConstraintNotBoolean = new("DX0104");

    // DX02: known mistakes.

    /// <summary>A known mistake equals the correct answer in every variant checked, so the grader can never recognise it.</summary>
    public static readonly DiagnosticCode MistakeAlwaysEqualsAnswer = new("DX0201");

    /// <summary>A mistake's 'when' is not true or false in a variant.</summary>
    public static readonly DiagnosticCode MistakeConditionNotBoolean = new("DX0202");

    // DX03: the text as it is typeset.

    /// <summary>A TeX command, environment or delimiter the typesetter does not know; the nearest it knows are named.</summary>
    public static readonly DiagnosticCode UnsupportedTex = new("DX0301");

    /// <summary>TeX that is not well formed: a missing brace, argument or delimiter, a stray closer, a double superscript.</summary>
    public static readonly DiagnosticCode MalformedTex = new("DX0302");

    /// <summary>A character the face it is set in has no glyph for: it would print as an empty box.</summary>
    public static readonly DiagnosticCode MissingGlyph = new("DX0303");

    /// <summary>A figure wider or taller than the page leaves room for.</summary>
    public static readonly DiagnosticCode FigureDoesNotFit = new("DX0304");

    /// <summary>A figure that does not parse.</summary>
    public static readonly DiagnosticCode MalformedFigure = new("DX0305");

    /// <summary>A page that cannot be laid out (something on it fits no page).</summary>
    public static readonly DiagnosticCode PageCannotBeLaidOut = new("DX0306");

    /// <summary>A text fails while it is rendered for a variant.</summary>
    public static readonly DiagnosticCode TextFailsInVariant = new("DX0307");

    // DX04: solving a variant.

    /// <summary>A part's answer in a variant is not of the part's answer kind (a list for an integer part).</summary>
    public static readonly DiagnosticCode AnswerNotOfKind = new("DX0401");

    /// <summary>The correct options of a choice part do not make an answer of its kind (a single choice with two correct options, or none).</summary>
    public static readonly DiagnosticCode CorrectOptionsDoNotFitKind = new("DX0402");

    /// <summary>An option's 'correct' is not true or false in a variant.</summary>
    public static readonly DiagnosticCode OptionCorrectNotBoolean = new("DX0403");

    /// <summary>An exercise's points cannot be shared among its parts in steps of 1/4 without a part getting none.</summary>
    public static readonly DiagnosticCode PointsCannotBeShared = new("DX0404");

    // DX10: the YAML file and its keys.

    /// <summary>The file given does not exist (or, for migrate, neither a file nor a folder of that name).</summary>
    public static readonly DiagnosticCode FileNotFound = new("DX1001");

    /// <summary>The file is larger than an input file may be.</summary>
    public static readonly DiagnosticCode FileTooLarge = new("DX1002");

    /// <summary>The file holds no YAML document.</summary>
    public static readonly DiagnosticCode FileEmpty = new("DX1003");

    /// <summary>The file holds more than one YAML document.</summary>
    public static readonly DiagnosticCode MoreThanOneDocument = new("DX1004");

    /// <summary>The file is not valid YAML.</summary>
    public static readonly DiagnosticCode InvalidYaml = new("DX1005");

    /// <summary>A key that is not a plain name (a list or a mapping used as a key).</summary>
    public static readonly DiagnosticCode KeyNotPlain = new("DX1006");

    /// <summary>A key given twice in one mapping.</summary>
    public static readonly DiagnosticCode KeyGivenTwice = new("DX1007");

    /// <summary>A value that must be a mapping of keys to values is not.</summary>
    public static readonly DiagnosticCode NotAMapping = new("DX1008");

    /// <summary>A required key is missing.</summary>
    public static readonly DiagnosticCode RequiredKeyMissing = new("DX1009");

    /// <summary>A key's value must be a single value, not a list or mapping.</summary>
    public static readonly DiagnosticCode NotASingleValue = new("DX1010");

    /// <summary>A key's value must be a whole number (in a range).</summary>
    public static readonly DiagnosticCode NotAWholeNumber = new("DX1011");

    /// <summary>A key's value must be a number.</summary>
    public static readonly DiagnosticCode NotANumber = new("DX1012");

    /// <summary>A key's value must be true or false.</summary>
    public static readonly DiagnosticCode NotTrueOrFalse = new("DX1013");

    /// <summary>A key's value must be a list.</summary>
    public static readonly DiagnosticCode NotAList = new("DX1014");

    /// <summary>An item of a list of single values is a list or mapping.</summary>
    public static readonly DiagnosticCode ListItemNotSingle = new("DX1015");

    /// <summary>A key the mapping does not take; the nearest known key is suggested.</summary>
    public static readonly DiagnosticCode UnknownKey = new("DX1016");

    // DX11: an exercise's own keys and names.

    /// <summary>Schema 1 (text in Handlebars), which is no longer read: migrate rewrites it.</summary>
    public static readonly DiagnosticCode RetiredSchema = new("DX1101");

    /// <summary>A schema number this version does not read.</summary>
    public static readonly DiagnosticCode UnsupportedSchema = new("DX1102");

    /// <summary>An exercise id that is not lower-case letters, digits and '-', starting with a letter.</summary>
    public static readonly DiagnosticCode InvalidExerciseId = new("DX1103");

    /// <summary>An exercise id that differs from its file's name.</summary>
    public static readonly DiagnosticCode IdDiffersFromFileName = new("DX1104");

    /// <summary>An exercise without parts.</summary>
    public static readonly DiagnosticCode NoParts = new("DX1105");

    /// <summary>Two parts with one id.</summary>
    public static readonly DiagnosticCode PartIdTwice = new("DX1106");

    /// <summary>A part id that is already the name of a parameter or derived value.</summary>
    public static readonly DiagnosticCode PartIdIsAName = new("DX1107");

    /// <summary>A constraint purpose other than valid or distinguish.</summary>
    public static readonly DiagnosticCode UnknownConstraintPurpose = new("DX1108");

    /// <summary>A parameter or derived name that is not letters, digits and '_' starting with a letter.</summary>
    public static readonly DiagnosticCode InvalidName = new("DX1109");

    /// <summary>A parameter or derived name that is a builtin function's.</summary>
    public static readonly DiagnosticCode NameIsBuiltin = new("DX1110");

    /// <summary>A parameter or derived name that is a word of the text language, so text could not show it.</summary>
    public static readonly DiagnosticCode NameIsTextWord = new("DX1111");

    /// <summary>A parameter or derived name defined twice.</summary>
    public static readonly DiagnosticCode NameDefinedTwice = new("DX1112");

    // DX12: parameters and records.

    /// <summary>A parameter without a kind (int, choice, rational, …) or with more than one.</summary>
    public static readonly DiagnosticCode ParameterKindNotOne = new("DX1201");

    /// <summary>An int parameter's bounds are not whole numbers.</summary>
    public static readonly DiagnosticCode IntBoundsNotWhole = new("DX1202");

    /// <summary>A range with no value in it (an int, rational or tensor parameter's).</summary>
    public static readonly DiagnosticCode EmptyRange = new("DX1203");

    /// <summary>A choice of no values.</summary>
    public static readonly DiagnosticCode EmptyChoice = new("DX1204");

    /// <summary>A bank ('from') of no items.</summary>
    public static readonly DiagnosticCode EmptyBank = new("DX1205");

    /// <summary>A bank that lists an item twice.</summary>
    public static readonly DiagnosticCode BankItemRepeated = new("DX1206");

    /// <summary>More distinct items to draw than the bank holds.</summary>
    public static readonly DiagnosticCode SampleLargerThanBank = new("DX1207");

    /// <summary>A vector, matrix or tensor parameter's shape that is not sizes from 1 to 64.</summary>
    public static readonly DiagnosticCode InvalidTensorShape = new("DX1208");

    /// <summary>A range that is not [min, max].</summary>
    public static readonly DiagnosticCode RangeNotAPair = new("DX1209");

    /// <summary>Denominators that are not whole numbers from 1 to 1000.</summary>
    public static readonly DiagnosticCode InvalidDenominators = new("DX1210");

    /// <summary>A list that holds records and other values.</summary>
    public static readonly DiagnosticCode ListMixesRecords = new("DX1211");

    /// <summary>A record field name that an expression could not read.</summary>
    public static readonly DiagnosticCode InvalidFieldName = new("DX1212");

    /// <summary>A record field that holds a mapping: records do not nest.</summary>
    public static readonly DiagnosticCode NestedRecord = new("DX1213");

    /// <summary>A record without fields.</summary>
    public static readonly DiagnosticCode RecordWithoutFields = new("DX1214");

    /// <summary>A value that is not a number, a word, true/false or a list.</summary>
    public static readonly DiagnosticCode NotAValue = new("DX1215");

    /// <summary>A record of a list whose fields differ from the first record's.</summary>
    public static readonly DiagnosticCode RecordFieldsDiffer = new("DX1216");

    /// <summary>A record field holding another sort of value than in the first record (a number there, text here).</summary>
    public static readonly DiagnosticCode RecordFieldSortDiffers = new("DX1217");

    // DX13: parts.

    /// <summary>A part id that is not letters, digits and '_' starting with a letter.</summary>
    public static readonly DiagnosticCode InvalidPartId = new("DX1301");

    /// <summary>An answer kind that does not exist; the nearest is suggested.</summary>
    public static readonly DiagnosticCode UnknownAnswerKind = new("DX1302");

    /// <summary>A choice part with an 'answer': its answer comes from its options.</summary>
    public static readonly DiagnosticCode ChoicePartWithAnswer = new("DX1303");

    /// <summary>A part's points that are not positive.</summary>
    public static readonly DiagnosticCode PartPointsNotPositive = new("DX1304");

    /// <summary>'digits' on a part whose kind does not take it.</summary>
    public static readonly DiagnosticCode DigitsNotTaken = new("DX1305");

    /// <summary>'order' on a part whose kind does not take it.</summary>
    public static readonly DiagnosticCode OrderNotTaken = new("DX1306");

    /// <summary>'options' on a part that is not a choice part.</summary>
    public static readonly DiagnosticCode OptionsNotTaken = new("DX1307");

    /// <summary>A carry_forward share outside 0 to 1.</summary>
    public static readonly DiagnosticCode CarryForwardOutOfRange = new("DX1308");

    /// <summary>A tolerance that gives more than one of relative, absolute and sigfigs.</summary>
    public static readonly DiagnosticCode ToleranceModeTwice = new("DX1309");

    /// <summary>A tolerance that is not positive.</summary>
    public static readonly DiagnosticCode ToleranceNotPositive = new("DX1310");

    /// <summary>sigfigs that are not a whole number up to 15.</summary>
    public static readonly DiagnosticCode InvalidSignificantFigures = new("DX1311");

    /// <summary>A tolerance that gives none of relative, absolute and sigfigs.</summary>
    public static readonly DiagnosticCode ToleranceModeMissing = new("DX1312");

    /// <summary>A choice part with fewer than two options.</summary>
    public static readonly DiagnosticCode TooFewOptions = new("DX1313");

    /// <summary>A choice part with more than 26 options.</summary>
    public static readonly DiagnosticCode TooManyOptions = new("DX1314");

    // DX14: expressions.

    /// <summary>An expression written as a YAML list or mapping rather than as text.</summary>
    public static readonly DiagnosticCode ExpressionNotText = new("DX1401");

    /// <summary>An empty expression.</summary>
    public static readonly DiagnosticCode EmptyExpression = new("DX1402");

    /// <summary>An expression that does not parse.</summary>
    public static readonly DiagnosticCode ExpressionSyntax = new("DX1403");

    /// <summary>A name no parameter, derived value or part defines (in an expression or in text); the nearest is suggested.</summary>
    public static readonly DiagnosticCode UnknownName = new("DX1404");

    /// <summary>A call of a function that does not exist; the nearest is suggested.</summary>
    public static readonly DiagnosticCode UnknownFunction = new("DX1405");

    /// <summary>A call whose arguments do not match the function's parameters.</summary>
    public static readonly DiagnosticCode ArgumentsDoNotMatch = new("DX1406");

    /// <summary>A field read from a list of records rather than from one of them (in an expression or in text).</summary>
    public static readonly DiagnosticCode FieldOfRecordList = new("DX1407");

    /// <summary>A field the records do not have (in an expression or in text); the nearest is suggested.</summary>
    public static readonly DiagnosticCode UnknownField = new("DX1408");

    /// <summary>A 'tex' name that is not TeX on one line without $.</summary>
    public static readonly DiagnosticCode InvalidTexName = new("DX1409");

    // DX15: text.

    /// <summary>Text whose {{ }} tags do not parse.</summary>
    public static readonly DiagnosticCode TextSyntax = new("DX1501");

    /// <summary>Text that assigns a value instead of showing one computed in derived.</summary>
    public static readonly DiagnosticCode TextAssigns = new("DX1502");

    /// <summary>A prompt, option or statement that shows the answer of its own part or of a later one.</summary>
    public static readonly DiagnosticCode TextShowsAnswer = new("DX1503");

    /// <summary>Text that computes with two numbers written in it, which the text language would do in floating point.</summary>
    public static readonly DiagnosticCode TextComputesWithLiterals = new("DX1504");

    // DX20: blueprints.

    /// <summary>A blueprint schema this version does not read.</summary>
    public static readonly DiagnosticCode UnsupportedBlueprintSchema = new("DX2001");

    /// <summary>An exam id that is not letters, digits, '-' and '_'.</summary>
    public static readonly DiagnosticCode InvalidExamId = new("DX2002");

    /// <summary>A date not written yyyy-mm-dd.</summary>
    public static readonly DiagnosticCode InvalidDate = new("DX2003");

    /// <summary>An exam without exercises.</summary>
    public static readonly DiagnosticCode NoExercises = new("DX2004");

    /// <summary>A slot that names both or neither of an exercise and a pool.</summary>
    public static readonly DiagnosticCode SlotNotExerciseOrPool = new("DX2005");

    /// <summary>No exercise with the id given (in a blueprint or on the command line); the nearest is suggested.</summary>
    public static readonly DiagnosticCode UnknownExercise = new("DX2006");

    /// <summary>A pool that names an exercise twice.</summary>
    public static readonly DiagnosticCode PoolRepeatsExercise = new("DX2007");

    /// <summary>A slot's points that are not positive.</summary>
    public static readonly DiagnosticCode SlotPointsNotPositive = new("DX2008");

    /// <summary>A slot's points that cannot be shared among the exercise's parts in steps of ½ or ¼.</summary>
    public static readonly DiagnosticCode SlotPointsCannotBeShared = new("DX2009");

    /// <summary>A pool of several exercises that pins parameters.</summary>
    public static readonly DiagnosticCode PoolPinsParameters = new("DX2010");

    /// <summary>A pinned name that is not a parameter of the exercise.</summary>
    public static readonly DiagnosticCode PinnedUnknownParameter = new("DX2011");

    /// <summary>A pinned value of another kind than the parameter takes.</summary>
    public static readonly DiagnosticCode PinnedValueWrongKind = new("DX2012");

    /// <summary>Pinned values with which a derived value or a constraint fails, or a constraint does not hold.</summary>
    public static readonly DiagnosticCode PinnedValuesUnusable = new("DX2013");

    /// <summary>A pinned value written as an expression that does not parse.</summary>
    public static readonly DiagnosticCode PinnedValueSyntax = new("DX2014");

    /// <summary>A pinned value that names something: a pinned value is a constant.</summary>
    public static readonly DiagnosticCode PinnedValueNotConstant = new("DX2015");

    /// <summary>A pinned value whose expression fails (a division by zero).</summary>
    public static readonly DiagnosticCode PinnedValueFails = new("DX2016");

    /// <summary>A pinned value that is not a number, a word, true/false, a list, a record or an expression.</summary>
    public static readonly DiagnosticCode PinnedValueUnreadable = new("DX2017");

    /// <summary>A slot whose exercise cannot be solved with its pinned values for a student (the template's own errors follow).</summary>
    public static readonly DiagnosticCode SlotUnsolvable = new("DX2018");

    // DX21: rosters.

    /// <summary>The roster file does not exist.</summary>
    public static readonly DiagnosticCode RosterNotFound = new("DX2101");

    /// <summary>The roster file is empty.</summary>
    public static readonly DiagnosticCode RosterEmpty = new("DX2102");

    /// <summary>The roster's header lacks 'id' or 'name'.</summary>
    public static readonly DiagnosticCode RosterHeader = new("DX2103");

    /// <summary>An empty student id.</summary>
    public static readonly DiagnosticCode EmptyStudentId = new("DX2104");

    /// <summary>A student id with control characters.</summary>
    public static readonly DiagnosticCode StudentIdControlCharacters = new("DX2105");

    /// <summary>A student id listed twice.</summary>
    public static readonly DiagnosticCode StudentIdTwice = new("DX2106");

    /// <summary>Two student ids that would share an output file name.</summary>
    public static readonly DiagnosticCode StudentFileNamesCollide = new("DX2107");

    /// <summary>A roster that lists no students.</summary>
    public static readonly DiagnosticCode NoStudents = new("DX2108");

    // DX22: exercise folders.

    /// <summary>The exercise folder does not exist.</summary>
    public static readonly DiagnosticCode ExerciseFolderNotFound = new("DX2201");

    /// <summary>Two files of one exercise folder with one id.</summary>
    public static readonly DiagnosticCode ExerciseIdTwice = new("DX2202");

    /// <summary>A file given as an exercise that is not an exercise template.</summary>
    public static readonly DiagnosticCode NotAnExercise = new("DX2203");

    /// <summary>An exercise folder without templates.</summary>
    public static readonly DiagnosticCode NoExerciseTemplates = new("DX2204");

    // DX23: keys and exercise versions.

    /// <summary>The keys folder given to grade does not exist.</summary>
    public static readonly DiagnosticCode KeysFolderNotFound = new("DX2301");

    /// <summary>Keys generated for another exam.</summary>
    public static readonly DiagnosticCode KeysOfAnotherExam = new("DX2302");

    /// <summary>An exercise the exam was generated with that the blueprint no longer uses.</summary>
    public static readonly DiagnosticCode ExerciseNoLongerUsed = new("DX2303");

    /// <summary>A template changed since the exam was generated, which would change the variants.</summary>
    public static readonly DiagnosticCode TemplateChanged = new("DX2304");

    /// <summary>An exercise the blueprint uses that the exam was not generated with.</summary>
    public static readonly DiagnosticCode ExerciseNotGenerated = new("DX2305");

    /// <summary>An exercise-versions.yaml entry whose 'from' is neither bundled nor course.</summary>
    public static readonly DiagnosticCode UnknownExerciseSource = new("DX2306");

    // DX30: the command line.

    /// <summary>The exam's secret is missing (neither --secret nor DEEPEXAM_SECRET).</summary>
    public static readonly DiagnosticCode SecretMissing = new("DX3001");

    /// <summary>The submissions folder (or ZIP) does not exist.</summary>
    public static readonly DiagnosticCode SubmissionsFolderNotFound = new("DX3002");

    /// <summary>The submissions folder cannot be read.</summary>
    public static readonly DiagnosticCode SubmissionsFolderUnreadable = new("DX3003");

    /// <summary>The submissions ZIP cannot be opened or is not a ZIP archive.</summary>
    public static readonly DiagnosticCode SubmissionsArchiveUnreadable = new("DX3004");

    /// <summary><c>export --format</c> names no question-bank format.</summary>
    public static readonly DiagnosticCode QuestionBankFormatUnknown = new("DX3005");

    /// <summary><c>export --variants</c> is out of range.</summary>
    public static readonly DiagnosticCode VariantCountOutOfRange = new("DX3006");

    /// <summary><c>export</c> was given both <c>--blueprint</c> and <c>--template</c>.</summary>
    public static readonly DiagnosticCode BlueprintAndTemplatesGiven = new("DX3007");

    /// <summary><c>export</c> was given neither <c>--blueprint</c> nor <c>--template</c>.</summary>
    public static readonly DiagnosticCode NoExercisesToExport = new("DX3008");

    // DX31: output folders.

    /// <summary>The output folder exists and --force was not given.</summary>
    public static readonly DiagnosticCode OutputFolderExists = new("DX3101");

    /// <summary>The output folder is a file system's root.</summary>
    public static readonly DiagnosticCode OutputFolderIsRoot = new("DX3102");

    /// <summary>The output folder is, lies in or holds an input.</summary>
    public static readonly DiagnosticCode OutputOverlapsInput = new("DX3103");

    /// <summary>The output folder is a symbolic link.</summary>
    public static readonly DiagnosticCode OutputFolderIsLink = new("DX3104");

    /// <summary>The output path is a file.</summary>
    public static readonly DiagnosticCode OutputPathIsFile = new("DX3105");

    /// <summary>The output folder lies inside the installed tool's own folder.</summary>
    public static readonly DiagnosticCode OutputInsideTool = new("DX3106");

    // DX32: course folders.

    /// <summary>init was given a file rather than a folder.</summary>
    public static readonly DiagnosticCode CourseFolderIsFile = new("DX3201");

    /// <summary>init was given a folder that is not empty.</summary>
    public static readonly DiagnosticCode CourseFolderNotEmpty = new("DX3202");

    /// <summary>Every code, in the order above (a test checks it lists each field once).</summary>
    public static IReadOnlyList<DiagnosticCode> All { get; } =
    [
        ConstraintsNeverMet, PinnedValuesBreakConstraint, ExpressionFailsInVariant, ConstraintNotBoolean,
        MistakeAlwaysEqualsAnswer, MistakeConditionNotBoolean,
        UnsupportedTex, MalformedTex, MissingGlyph, FigureDoesNotFit, MalformedFigure, PageCannotBeLaidOut, TextFailsInVariant,
        AnswerNotOfKind, CorrectOptionsDoNotFitKind, OptionCorrectNotBoolean, PointsCannotBeShared,
        FileNotFound, FileTooLarge, FileEmpty, MoreThanOneDocument, InvalidYaml, KeyNotPlain, KeyGivenTwice, NotAMapping,
        RequiredKeyMissing, NotASingleValue, NotAWholeNumber, NotANumber, NotTrueOrFalse, NotAList, ListItemNotSingle, UnknownKey,
        RetiredSchema, UnsupportedSchema, InvalidExerciseId, IdDiffersFromFileName, NoParts, PartIdTwice, PartIdIsAName,
        UnknownConstraintPurpose, InvalidName, NameIsBuiltin, NameIsTextWord, NameDefinedTwice,
        ParameterKindNotOne, IntBoundsNotWhole, EmptyRange, EmptyChoice, EmptyBank, BankItemRepeated, SampleLargerThanBank,
        InvalidTensorShape, RangeNotAPair, InvalidDenominators, ListMixesRecords, InvalidFieldName, NestedRecord,
        RecordWithoutFields, NotAValue, RecordFieldsDiffer, RecordFieldSortDiffers,
        InvalidPartId, UnknownAnswerKind, ChoicePartWithAnswer, PartPointsNotPositive, DigitsNotTaken, OrderNotTaken,
        OptionsNotTaken, CarryForwardOutOfRange, ToleranceModeTwice, ToleranceNotPositive, InvalidSignificantFigures,
        ToleranceModeMissing, TooFewOptions, TooManyOptions,
        ExpressionNotText, EmptyExpression, ExpressionSyntax, UnknownName, UnknownFunction, ArgumentsDoNotMatch,
        FieldOfRecordList, UnknownField, InvalidTexName,
        TextSyntax, TextAssigns, TextShowsAnswer, TextComputesWithLiterals,
        UnsupportedBlueprintSchema, InvalidExamId, InvalidDate, NoExercises, SlotNotExerciseOrPool, UnknownExercise,
        PoolRepeatsExercise, SlotPointsNotPositive, SlotPointsCannotBeShared, PoolPinsParameters, PinnedUnknownParameter,
        PinnedValueWrongKind, PinnedValuesUnusable, PinnedValueSyntax, PinnedValueNotConstant, PinnedValueFails,
        PinnedValueUnreadable, SlotUnsolvable,
        RosterNotFound, RosterEmpty, RosterHeader, EmptyStudentId, StudentIdControlCharacters, StudentIdTwice,
        StudentFileNamesCollide, NoStudents,
        ExerciseFolderNotFound, ExerciseIdTwice, NotAnExercise, NoExerciseTemplates,
        KeysFolderNotFound, KeysOfAnotherExam, ExerciseNoLongerUsed, TemplateChanged, ExerciseNotGenerated, UnknownExerciseSource,
        SecretMissing, SubmissionsFolderNotFound, SubmissionsFolderUnreadable, SubmissionsArchiveUnreadable, QuestionBankFormatUnknown,
        VariantCountOutOfRange, BlueprintAndTemplatesGiven, NoExercisesToExport,
        OutputFolderExists, OutputFolderIsRoot, OutputOverlapsInput, OutputFolderIsLink, OutputPathIsFile, OutputInsideTool,
        CourseFolderIsFile, CourseFolderNotEmpty,
    ];
}
