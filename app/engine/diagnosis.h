// diagnosis.h — what a flatten or a model did, in plain words, and a concrete way to fix it.
//
// PyTorch's messages are exact but terse ("mat1 and mat2 shapes cannot be multiplied (32x10816 and
// 12544x10)"). A learner needs the sentence behind it: "Linear expects in_features=10816; you wrote
// 12544". The UI never writes such texts itself; it shows the Diagnosis the engine builds here.
//
//     auto r = ft::explainFlatten({32, 3, 28, 28}, 1, -1);
//     *r.output == ft::Shape{32, 2352};  r.mergedProduct == "3 x 28 x 28 = 2352";
//
//     auto t = ft::traceModel({32, 3, 28, 28}, "nn.Sequential(nn.Conv2d(3, 16, 3), nn.Flatten(), nn.Linear(12544, 10))");
//     ft::diagnoseTrace(t, *model).hint == "Linear expects in_features=10816; you wrote 12544. ..."
#pragma once

#include "engine/shape.h"
#include "engine/trace.h"

#include <optional>
#include <string>
#include <vector>

namespace ft {

struct Diagnosis
{
    std::string explanation; // what happened, in plain words (may be empty when nothing is known)
    std::string hint;        // one concrete change to make; empty when nothing needs changing

    bool empty() const { return explanation.empty() && hint.empty(); }
};

// Everything the flatten playground shows for torch.flatten(x, startDim, endDim), decided once here.
struct FlattenReport
{
    Shape input;
    Dim startDim = 0;                  // as written (may be negative or out of range)
    Dim endDim = -1;
    Dim minDim = -1;                   // valid dims for this input: minDim..maxDim, i.e. [-rank, rank-1]
    Dim maxDim = 0;                    // (a 0-d tensor accepts -1..0, as PyTorch's wrap_scalar does)
    std::optional<Dim> start;          // wrapped start_dim, when it is in range
    std::optional<Dim> end;            // wrapped end_dim, when it is in range
    std::optional<Shape> output;       // when flatten succeeds
    std::string errorType;             // PyTorch's exception class, when it raises
    std::string errorMessage;          // PyTorch's exact message, when it raises
    std::string mergedProduct;         // "3 x 28 x 28 = 2352" when two or more dims merge
    Diagnosis diagnosis;               // explanation always; hint on errors and on start_dim=0 over a batch

    bool ok() const { return output.has_value(); }
    // Number of dims that merge into one (end - start + 1), 0 on error.
    Dim mergedCount() const { return ok() && start && end ? *end - *start + 1 : 0; }
};

FlattenReport explainFlatten(const Shape &input, Dim startDim, Dim endDim);

// Why a traced model failed (trace.error) and what to change, read from the failure's ErrorKind and
// details (never from its message). `model` is the model that was traced: its layers' arguments let
// the hint name the argument to change. Returns an empty Diagnosis when the trace succeeded.
Diagnosis diagnoseTrace(const ShapeTrace &trace, const Module &model);
// Same, when no model could be built (a constructor raised): the hint then says less.
Diagnosis diagnoseTrace(const ShapeTrace &trace);

// "3 x 28 x 28 = 2352" for dims first..last of shape (inclusive, already wrapped); "2352" for one dim.
std::string productFormula(const Shape &shape, Dim first, Dim last);

} // namespace ft
