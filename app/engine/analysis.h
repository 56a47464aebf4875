// analysis.h — "analyse this model": everything the app shows about a model on an input, in one call.
//
// The model builder, the question banks and the question generator all ask the same thing of a
// model expression: build it, list its layers, trace the input through it and explain a failure.
// They ask it here, so that the steps (and how a constructor error or a syntax error is reported)
// are decided once.
//
//     const ft::ModelAnalysis a = ft::analyseModel({32, 3, 28, 28},
//         "nn.Sequential(nn.Conv2d(3, 16, 3), nn.Flatten(), nn.Linear(12544, 10))");
//     a.layers.size() == 3;  a.trace.layers[1].output == ft::Shape{32, 10816};
//     a.trace.error->index == 2;  a.diagnosis.hint == "Linear expects in_features=10816; you wrote 12544. ..."
#pragma once

#include "engine/diagnosis.h"
#include "engine/module.h"
#include "engine/shape.h"
#include "engine/trace.h"

#include <optional>
#include <string_view>
#include <vector>

namespace ft {

struct ModelAnalysis
{
    ModulePtr model;               // the built model; null when the text is not valid syntax or a constructor raised
    std::vector<ModulePtr> layers; // the rows of print(model): a Sequential's children, or the module itself
    ShapeTrace trace;              // the input through the layers; trace.error when PyTorch would raise
                                   // (stage Construct: building layer trace.error->index raised)
    Diagnosis diagnosis;           // why it raised and what to change; empty when the forward pass succeeds
    std::optional<ParseError> parseError; // the text is not valid syntax (then nothing else is set but trace.input)

    bool ok() const { return !parseError && !trace.error; }
};

// Analyses `modelText` (a model expression, see parseModel) over a tensor of shape `input`.
// Never throws for bad text: a syntax error is parseError, PyTorch's errors are trace.error.
ModelAnalysis analyseModel(const Shape &input, std::string_view modelText);

// The layers a trace numbers: a Sequential's children (a nested Sequential is one layer, as in
// print(model)), or the module itself.
std::vector<ModulePtr> topLevelLayers(const ModulePtr &model);

} // namespace ft
