// modules_sparse.cpp — nn.Embedding: a lookup table from integer ids to rows of its weight.
// Input: int64 ids of any shape; output: that shape plus (embedding_dim,), float32.
#include "engine/modules_p.h"

namespace ft::detail {

namespace {

// The argument parser of a torch function for a float argument: int, bool and float pass.
void checkFloatArgument(const std::string &function, const char *name, int position, const Value &value)
{
    if (!asDouble(value))
        throwTypeError(function + "(): argument '" + name + "' (position " + std::to_string(position) + ") must be float, not "
                       + pythonTypeName(value));
}

// ... for a bool argument (an int is not a bool there).
void checkBoolArgument(const std::string &function, const char *name, int position, const Value &value)
{
    if (!value.isBool())
        throwTypeError(function + "(): argument '" + name + "' (position " + std::to_string(position) + ") must be bool, not "
                       + pythonTypeName(value));
}

class Embedding : public StatefulModule
{
public:
    Embedding(Value num, Value dim, Dim rows, Dim columns, Value padding, Dim paddingRow, Value maxNorm, Value normType,
              Value scale, Value sparse)
        : m_num(std::move(num)), m_dim(std::move(dim)), m_rows(rows), m_columns(columns), m_paddingRow(paddingRow),
          m_padding(std::move(padding)),
          m_maxNorm(std::move(maxNorm)), m_normType(std::move(normType)), m_scale(std::move(scale)), m_sparse(std::move(sparse))
    {
        addState("weight", {rows, columns}, true);
    }

    std::string typeName() const override { return "Embedding"; }
    // What Embedding.__init__ stores (padding_idx made non-negative).
    std::optional<Value> attribute(std::string_view name) const override
    {
        return namedAttribute(name, {{"num_embeddings", &m_num}, {"embedding_dim", &m_dim}, {"padding_idx", &m_padding},
                                     {"max_norm", &m_maxNorm}, {"norm_type", &m_normType},
                                     {"scale_grad_by_freq", &m_scale}, {"sparse", &m_sparse}});
    }
    std::string repr() const override
    {
        std::string s = "Embedding(" + pythonStr(m_num) + ", " + pythonStr(m_dim);
        if (!m_padding.isNone())
            s += ", padding_idx=" + pythonStr(m_padding);
        if (!m_maxNorm.isNone())
            s += ", max_norm=" + pythonStr(m_maxNorm);
        if (!(asPythonNumber(m_normType) && *asPythonNumber(m_normType) == 2.0))
            s += ", norm_type=" + pythonStr(m_normType);
        if (!(m_scale.isBool() && !std::get<bool>(m_scale.data)))
            s += ", scale_grad_by_freq=" + pythonStr(m_scale);
        if (!(m_sparse.isBool() && !std::get<bool>(m_sparse.data)))
            s += ", sparse=True";
        return s + ")";
    }

    // Without a dtype, ids are assumed (the shape rule of a valid call).
    Shape outputShape(const Shape &input) const override { return lookup(input, DType::Int64); }
    DType resultDtype(const Shape &input, DType dtype) const override
    {
        lookup(input, dtype);
        return DType::Float32;
    }

    // Ids are read from the input's values (rounded toward zero, as a float holds them).
    Tensor forward(const Tensor &input) const override
    {
        const Shape out = outputShape(input.sizes());
        if (!canComputeValues(input, out) || !withinComputeBudget(double(*checkedNumel(out)), stateShapes()))
            return Tensor::shapeOnly(out);
        const std::vector<float> ids = input.values();
        const std::vector<float> weight = state("weight").values();
        std::vector<float> y;
        y.reserve(size_t(*checkedNumel(out)));
        for (const float id : ids) {
            const Dim row = Dim(id); // a negative id is out of range too
            if (row < 0 || row >= m_rows)
                throwIndexError("index out of range in self");
            for (Dim c = 0; c < m_columns; ++c)
                y.push_back(weight[size_t(row * m_columns + c)]);
        }
        return Tensor::fromValues(out, std::move(y));
    }

    // F.embedding: with max_norm, input.contiguous() comes first; else torch.embedding's parser.
    void acceptTuple() const override
    {
        if (!m_maxNorm.isNone())
            throwTupleHasNoAttribute("contiguous");
        throwTypeError("embedding(): argument 'indices' (position 2) must be Tensor, not tuple", ErrorKind::TupleInput,
                       ErrorDetails{.function = "embedding"});
    }

    std::optional<std::int64_t> intArgument(std::string_view name) const override
    {
        if (name == "num_embeddings")
            return m_rows;
        if (name == "embedding_dim")
            return m_columns;
        return std::nullopt;
    }

protected:
    // nn.init.normal_ draws from N(0, 1); the pattern spans the same order of magnitude.
    double initBound() const override { return 1.0; }
    Tensor defaultState(const std::string &name, const Shape &shape) const override
    {
        Tensor weight = StatefulModule::defaultState(name, shape);
        // _fill_padding_idx_with_zero
        if (m_paddingRow >= 0 && weight.hasStorage()) {
            for (Dim c = 0; c < m_columns; ++c)
                weight.set({m_paddingRow, c}, 0.0f);
        }
        return weight;
    }

private:
    // F.embedding on an input of this shape and type (every id is 0: a trace runs on torch.zeros).
    Shape lookup(const Shape &input, DType dtype) const
    {
        bool empty = false;
        const auto count = checkedNumel(input);
        empty = count && *count == 0;
        if (!m_maxNorm.isNone()) {
            checkFloatArgument("embedding_renorm_", "max_norm", 3, m_maxNorm);
            checkFloatArgument("embedding_renorm_", "norm_type", 4, m_normType);
            if (dtype != DType::Int64)
                throwIndexDtype(2, "embedding_renorm_");
            if (!empty && m_rows == 0)
                throwIndexError("select(): index 0 out of range for tensor of size [0, " + std::to_string(m_columns)
                                + "] at dimension 0");
        }
        if (!m_padding.isNone() && !m_padding.isInt())
            throwTypeError("embedding(): argument 'padding_idx' (position 3) must be int, not " + pythonTypeName(m_padding));
        checkBoolArgument("embedding", "scale_grad_by_freq", 4, m_scale);
        checkBoolArgument("embedding", "sparse", 5, m_sparse);
        if (dtype != DType::Int64)
            throwIndexDtype(1, "embedding");
        if (!empty && m_rows == 0)
            throwRuntimeError("index_select(): self indexing axis dim should be positive");
        Shape out = input;
        out.push_back(m_columns);
        if (!storageOverflows(input))
            checkStorageSize(out);
        return out;
    }

    [[noreturn]] static void throwIndexDtype(int argument, const char *function)
    {
        throwRuntimeError("Expected tensor for argument #" + std::to_string(argument)
                          + " 'indices' to have one of the following scalar types: Long, Int; but got torch.FloatTensor "
                            "instead (while checking arguments for " + function + ")");
    }

    Value m_num, m_dim;
    Dim m_rows, m_columns;
    Dim m_paddingRow; // the normalised padding_idx when it is an int, else -1
    Value m_padding, m_maxNorm, m_normType, m_scale, m_sparse;
};

} // namespace

ModulePtr makeEmbedding(const Arguments &args)
{
    static const Signature signature{"Embedding",
                                     {{"num_embeddings", std::nullopt},
                                      {"embedding_dim", std::nullopt},
                                      {"padding_idx", Value{NoneValue{}}},
                                      {"max_norm", Value{NoneValue{}}},
                                      {"norm_type", Value{2.0}},
                                      {"scale_grad_by_freq", Value{false}},
                                      {"sparse", Value{false}},
                                      {"_weight", Value{NoneValue{}}},
                                      {"device", Value{NoneValue{}}},
                                      {"dtype", Value{NoneValue{}}}}};
    const BoundArguments b = bindArguments(signature, args);
    const Value &num = b.values[0];
    Value padding = b.values[2];
    if (!padding.isNone()) {
        auto compare = [](const Value &a, const char *op, const Value &other) {
            const auto x = asPythonNumber(a);
            const auto y = asPythonNumber(other);
            if (!x || !y)
                throwTypeError(std::string("'") + op + "' not supported between instances of '" + pythonTypeName(a)
                               + "' and '" + pythonTypeName(other) + "'");
            return std::string(op) == ">" ? *x > *y : std::string(op) == "<" ? *x < *y : *x >= *y;
        };
        if (compare(padding, ">", intValue(0))) {
            if (!compare(padding, "<", num))
                throw TorchError("AssertionError", "Padding_idx must be within num_embeddings");
        } else if (compare(padding, "<", intValue(0))) {
            if (!asNumber(num))
                throwTypeError("bad operand type for unary -: '" + pythonTypeName(num) + "'");
            const Value negated = num.isFloat() ? Value{-std::get<double>(num.data)} : intValue(-*asInt(num.isBool() ? intValue(std::get<bool>(num.data)) : num));
            if (!compare(padding, ">=", negated))
                throw TorchError("AssertionError", "Padding_idx must be within num_embeddings");
            // padding_idx = self.num_embeddings + padding_idx
            if (num.isFloat() || padding.isFloat())
                padding = Value{*asNumber(num) + *asNumber(padding)};
            else
                padding = intValue(*asInt(num.isBool() ? intValue(std::get<bool>(num.data)) : num) + *asInt(padding));
        }
    }
    if (!b.values[7].isNone())
        throwAttributeError("'" + pythonTypeName(b.values[7]) + "' object has no attribute 'shape'");
    const Shape weight = checkFactorySizes({num, b.values[1]}, {b.values[8], b.values[9]});
    // reset_parameters: self.weight[self.padding_idx].fill_(0)
    Dim paddingRow = -1;
    if (!padding.isNone()) {
        if (padding.isFloat())
            throwIndexError("only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables are valid indices "
                            "(got float)");
        if (padding.isInt()) {
            paddingRow = std::get<std::int64_t>(padding.data);
            if (paddingRow >= weight[0])
                throwIndexError("index " + std::to_string(paddingRow) + " is out of bounds for dimension 0 with size "
                                + std::to_string(weight[0]));
        }
    }
    return std::make_shared<Embedding>(num, b.values[1], weight[0], weight[1], padding, paddingRow, b.values[3],
                                       b.values[4], b.values[5], b.values[6]);
}

} // namespace ft::detail
