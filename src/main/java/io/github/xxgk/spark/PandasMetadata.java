package io.github.xxgk.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.FileMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * pandas' description of a table's columns in the footer of each Parquet file the job writes (the {@code pandas}
 * entry pandas writes itself), so that {@code pd.read_parquet(folder)} with no argument gives an integer column
 * with blanks as nullable {@code Int32}/{@code Int64}: numpy's integers have no null, and without the entry pandas
 * turns such a column (a text report's {@code page}, a count left blank) into float64. Other readers (Spark, R's
 * arrow) ignore the entry. Spark's Parquet writer takes no footer entries from its caller, so each part file is
 * written again once the table is complete: its row groups copied byte for byte, the footer's entries kept and this
 * one added; no value is decoded or encoded again.
 */
final class PandasMetadata {

    static final String KEY = "pandas";

    private PandasMetadata() {
    }

    /** The entry for a table of this schema: no index, each column's pandas type. */
    static String json(StructType schema) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.putArray("index_columns");
        root.putArray("column_indexes");
        ArrayNode columns = root.putArray("columns");
        for (StructField f : schema.fields()) {
            ObjectNode c = columns.addObject();
            c.put("name", f.name());
            c.put("field_name", f.name());
            DataType t = f.dataType();
            if (t == DataTypes.IntegerType || t == DataTypes.LongType) {
                c.put("pandas_type", t == DataTypes.IntegerType ? "int32" : "int64");
                c.put("numpy_type", t == DataTypes.IntegerType ? "Int32" : "Int64"); // pandas' nullable integers
                c.putNull("metadata");
            } else if (t instanceof DecimalType d) {
                c.put("pandas_type", "decimal");
                c.put("numpy_type", "object"); // exact decimal.Decimal values
                c.putObject("metadata").put("precision", d.precision()).put("scale", d.scale());
            } else {
                c.put("pandas_type", "unicode");
                c.put("numpy_type", "object");
                c.putNull("metadata");
            }
        }
        root.putObject("creator").put("library", "xxgk");
        root.put("pandas_version", "1.5.0"); // the entry's format, as pandas 1.5 and later write it
        return root.toString();
    }

    /** Adds the entry to every Parquet file of a table's folder, one file per Spark task. */
    static void addTo(SparkSession spark, String folder, StructType schema) throws IOException {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Path dir = new Path(folder);
        List<String> files = new ArrayList<>();
        for (FileStatus s : dir.getFileSystem(conf).listStatus(dir)) {
            String n = s.getPath().getName();
            if (s.isFile() && n.endsWith(".parquet") && !n.startsWith(".") && !n.startsWith("_")) {
                files.add(s.getPath().toString());
            }
        }
        if (files.isEmpty()) {
            return;
        }
        String entry = json(schema);
        SerializableConfiguration shared = new SerializableConfiguration(conf);
        JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(files, files.size())
                .foreach(f -> add(new Path(f), shared.value(), entry));
    }

    /** Writes {@code file} again with {@code entry} under {@link #KEY} in its footer, then moves it into place. */
    static void add(Path file, Configuration conf, String entry) throws IOException {
        HadoopInputFile in = HadoopInputFile.fromPath(file, conf);
        FileMetaData meta;
        try (ParquetFileReader reader = ParquetFileReader.open(in)) {
            meta = reader.getFooter().getFileMetaData();
        }
        Map<String, String> entries = new HashMap<>(meta.getKeyValueMetaData());
        entries.put(KEY, entry);
        // a hidden name while it is written: readers of the folder skip it
        Path tmp = new Path(file.getParent(), "." + file.getName() + ".pandas");
        ParquetFileWriter out = new ParquetFileWriter(HadoopOutputFile.fromPath(tmp, conf), meta.getSchema(),
                ParquetFileWriter.Mode.OVERWRITE, ParquetWriter.DEFAULT_BLOCK_SIZE, 0);
        out.start();
        out.appendFile(in);
        out.end(entries);
        FileSystem fs = file.getFileSystem(conf);
        if (!fs.delete(file, false) || !fs.rename(tmp, file)) {
            throw new IOException("cannot move " + tmp + " to " + file);
        }
    }
}
