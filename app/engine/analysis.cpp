// analysis.cpp — see analysis.h.
#include "engine/analysis.h"

namespace ft {

std::vector<ModulePtr> topLevelLayers(const ModulePtr &model)
{
    if (model->typeName() == "Sequential")
        return model->children();
    return {model};
}

ModelAnalysis analyseModel(const Shape &input, std::string_view modelText)
{
    ModelAnalysis analysis;
    analysis.trace.input = input;
    try {
        analysis.model = parseModel(modelText);
    } catch (const ParseError &error) {
        analysis.parseError = error;
        return analysis;
    } catch (const ConstructError &error) {
        // PyTorch raised while building a layer: nothing ran, the error belongs to that layer.
        analysis.trace.error = TraceFailure::from(error, error.index(), TraceStage::Construct);
        analysis.diagnosis = diagnoseTrace(analysis.trace);
        return analysis;
    }
    analysis.layers = topLevelLayers(analysis.model);
    analysis.trace = traceModule(input, *analysis.model);
    analysis.diagnosis = diagnoseTrace(analysis.trace, *analysis.model);
    return analysis;
}

} // namespace ft
