package org.privacyscreen.examples.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The consent sweep on Apache Spark: the same {@code ConsentSweep} as {@code privacy-screen sweep}, per post, on
 * the executors. Writes {@code OUT/takedown/} (one takedown line per post that now breaches, in input order, as
 * {@code sweep} writes them) and {@code OUT/summary/} (Parquet: per practice, posts checked, takedowns, and each
 * reason's count). Exits 0 when nothing breaches, 2 when something does, 64 on a usage error, 65 on bad input
 * (then nothing is written).
 */
public final class SparkAudit {
    private SparkAudit() {
    }

    public static void main(String[] args) {
        AuditOptions options;
        try {
            options = AuditOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("spark-audit: " + e.getMessage());
            System.exit(64);
            return;
        }
        SparkSession.Builder b = SparkSession.builder().appName("privacy-screen-sweep");
        if (!options.master().isEmpty()) {
            b.master(options.master());
        }
        int code;
        try (SparkSession spark = b.getOrCreate()) {
            spark.sparkContext().setLogLevel("WARN");
            Result r = run(spark, options);
            System.out.printf(java.util.Locale.ROOT, "spark-audit: %d posts checked at %s: %d to take down%s%n",
                    r.posts(), options.at(), r.takedowns(), r.error() == null ? "" : "; bad input");
            if (r.error() != null) {
                System.err.println("spark-audit: " + r.error());
            }
            code = r.error() != null ? 65 : r.takedowns() > 0 ? 2 : 0;
        } catch (BadInput e) {
            System.err.println("spark-audit: " + e.getMessage());
            code = 65;
        }
        System.exit(code);
    }

    /**
     * What a run found.
     *
     * @param posts     posts checked
     * @param takedowns posts that now breach
     * @param error     the first bad line's reason, when a line was bad (then nothing was written)
     */
    record Result(long posts, long takedowns, String error) {
    }

    /** A file the job cannot use; one line, no value quoted. */
    static final class BadInput extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadInput(String message) {
            super(message);
        }
    }

    static Result run(SparkSession spark, AuditOptions o) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        SweepConfig config = config(o, conf, executorSlots(spark.sparkContext()));
        Broadcast<SweepConfig> shared = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(config);

        Dataset<String> lines = o.published().endsWith(".parquet") ? spark.read().parquet(o.published()).toJSON()
                : spark.read().textFile(o.published());
        // number the lines as they stand in the input, so the takedown list keeps its order and names bad lines
        Dataset<Row> numbered = spark.createDataFrame(lines.javaRDD().zipWithIndex()
                .map(t -> new NumberedLine(t._2() + 1, t._1())), NumberedLine.class)
                .filter(functions.trim(functions.col("json")).notEqual(""));
        Dataset<AuditRow> rows = numbered.as(Encoders.bean(NumberedLine.class))
                .mapPartitions((MapPartitionsFunction<NumberedLine, AuditRow>) it -> sweep(shared, it),
                        Encoders.bean(AuditRow.class))
                .cache();
        try {
            List<AuditRow> bad = rows.filter(functions.col("error").isNotNull()).orderBy("line").limit(1)
                    .collectAsList();
            long posts = rows.count();
            if (!bad.isEmpty()) {
                return new Result(posts, 0, bad.get(0).getError());
            }
            Dataset<AuditRow> down = rows.filter(functions.col("takedown").isNotNull());
            long takedowns = down.count();
            down.orderBy("line").select("takedown").coalesce(1).write().mode(SaveMode.Overwrite)
                    .text(o.out() + "/takedown");
            summary(rows).write().mode(SaveMode.Overwrite).parquet(o.out() + "/summary");
            return new Result(posts, takedowns, null);
        } finally {
            rows.unpersist();
        }
    }

    /** Per practice: posts checked, takedowns, and how often each reason was given. */
    static Dataset<Row> summary(Dataset<AuditRow> rows) {
        Dataset<Row> counts = rows.groupBy("practice").agg(functions.count("*").as("posts"),
                functions.count(functions.col("takedown")).as("takedowns"));
        Dataset<Row> reasons = rows.filter(functions.col("reasons").isNotNull())
                .withColumn("reason", functions.explode(functions.split(functions.col("reasons"), ",")))
                .groupBy("practice").pivot("reason").count();
        return counts.join(reasons, counts.col("practice").equalTo(reasons.col("practice")), "left")
                .drop(reasons.col("practice")).na().fill(0).orderBy("practice");
    }

    private static Iterator<AuditRow> sweep(Broadcast<SweepConfig> shared, Iterator<NumberedLine> lines) {
        PostSweeper sweeper = new PostSweeper(shared.value());
        // one post at a time: a partition's memory is a post, not the partition
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return lines.hasNext();
            }

            @Override
            public AuditRow next() {
                NumberedLine l = lines.next();
                return sweeper.sweep(l.getJson(), l.getLine());
            }
        };
    }

    /** Reads the context file, or each {@code <practice>.json} of the context folder, on the driver. */
    /**
     * Task slots of one executor JVM: {@code local[N]} runs N tasks in the driver; on a cluster
     * {@code spark.executor.cores}, or 0 (every core of the executor's machine) where it is not set.
     */
    static int executorSlots(SparkContext sc) {
        if (sc.isLocal()) {
            return Math.max(1, sc.defaultParallelism());
        }
        return Math.max(0, sc.getConf().getInt("spark.executor.cores", 0));
    }

    static SweepConfig config(AuditOptions o, Configuration conf, int threads) {
        try {
            Path context = new Path(o.context());
            FileSystem fs = context.getFileSystem(conf);
            if (!fs.exists(context)) {
                throw new BadInput("--context: file not found");
            }
            Map<String, String> contexts = new LinkedHashMap<>();
            String single = "";
            if (fs.getFileStatus(context).isDirectory()) {
                for (FileStatus f : fs.listStatus(context)) {
                    String name = f.getPath().getName();
                    if (f.isFile() && name.endsWith(".json")) {
                        contexts.put(name.substring(0, name.length() - 5), read(fs, f.getPath()));
                    }
                }
            } else {
                String name = context.getName();
                single = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
                contexts.put(single, read(fs, context));
            }
            Path published = new Path(o.published());
            FileSystem pfs = published.getFileSystem(conf);
            if (!pfs.exists(published)) {
                throw new BadInput("--published: file not found");
            }
            Path parent = pfs.makeQualified(published).getParent();
            return new SweepConfig(contexts, single, parent.toString(), o.at(), threads);
        } catch (IOException e) {
            throw new BadInput("--context: cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String read(FileSystem fs, Path p) throws IOException {
        try (InputStream in = fs.open(p)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** One line of the published posts and its 1-based number: a Spark bean. */
    public static class NumberedLine implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private long line;
        private String json;

        public NumberedLine() {
        }

        NumberedLine(long line, String json) {
            this.line = line;
            this.json = json;
        }

        public long getLine() {
            return line;
        }

        public void setLine(long line) {
            this.line = line;
        }

        public String getJson() {
            return json;
        }

        public void setJson(String json) {
            this.json = json;
        }
    }

}
